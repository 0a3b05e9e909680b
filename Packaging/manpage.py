#!/usr/bin/env python3
"""Writes rekindle(1) to standard output, in man(7) roff.

The NAME, SYNOPSIS, DESCRIPTION, OPTIONS and COMMANDS sections come from the command
definitions, as the binary describes them (`rekindle --experimental-dump-help`, the
swift-argument-parser JSON); the rest is the hand-written roff in
Packaging/rekindle.1.sections (ENVIRONMENT, FILES, KEYS, EXIT STATUS, EXAMPLES, SEE
ALSO). The date is the current version's in CHANGELOG.md, so the page changes only
when what it says does.

    python3 Packaging/manpage.py .build/rekindle > rekindle.1   (make man)
"""

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def escape(text):
    """Text as roff prints it: backslashes and dashes of options escaped, anything past
    ASCII written as a named glyph, so that the page is ASCII and reads the same in
    every locale."""
    text = text.replace("\\", "\\e")
    # An option or a minus (--data-dir, -o, -x) is typed as ASCII hyphen-minus: \-.
    text = re.sub(r"(?<![\w-])-[\w-]*", lambda match: match.group(0).replace("-", "\\-"), text)
    return "".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in text)


def paragraph(text):
    """Lines of roff for prose: a control character at the start of a line is made text."""
    lines = []
    for line in escape(text).split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return lines


def prose(text):
    """Paragraphs separated by blank lines, as .PP blocks."""
    out = []
    for index, block in enumerate(part for part in text.split("\n\n") if part.strip()):
        if index:
            out.append(".PP")
        out.extend(paragraph(block.strip()))
    return out


def flag_name(name):
    prefix = {"long": "--", "short": "-", "longWithSingleDash": "-"}[name["kind"]]
    return escape(prefix + name["name"])


def names(argument):
    """The option's spellings in bold, and its value in italics: \\fB\\-o\\fR, \\fB\\-\\-output\\fR \\fIFILE\\fR."""
    value = " \\fI%s\\fR" % escape(argument["valueName"]) if argument["kind"] == "option" else ""
    return ", ".join("\\fB%s\\fR" % flag_name(name) + value for name in argument["names"])


def synopsis_item(argument):
    """One argument as the synopsis shows it: [--session NAME], [name], FILE."""
    if argument["kind"] == "positional":
        text = "\\fI%s\\fR" % escape(argument["valueName"])
    else:
        text = "\\fB%s\\fR" % flag_name(argument["preferredName"])
        if argument["kind"] == "option":
            text += " \\fI%s\\fR" % escape(argument["valueName"])
    if argument.get("isRepeating"):
        text += " ..."
    return "[%s]" % text if argument.get("isOptional") else text


def shown(arguments):
    return [argument for argument in arguments if argument.get("shouldDisplay", True)
            and not any(name["name"] in ("help", "version") for name in argument.get("names", []))]


def key(argument):
    """What makes two arguments the same option: its spellings and its help."""
    return (json.dumps(argument.get("names"), sort_keys=True), argument.get("abstract"))


def entries(arguments):
    """An indented paragraph per argument: its spellings, then its help."""
    out = []
    for argument in arguments:
        out.append(".TP")
        out.append(names(argument) if argument["kind"] != "positional" else "\\fI%s\\fR" % escape(argument["valueName"]))
        text = argument.get("abstract", "")
        values = argument.get("allValues")
        if values and not all(value in text for value in values):
            text += " One of: %s." % ", ".join(values)
        if argument.get("defaultValue") and argument["kind"] == "option":
            text += " Default: %s." % argument["defaultValue"]
        out.extend(paragraph(text))
        if argument.get("discussion"):
            out.extend(paragraph(argument["discussion"]))
    return out


def commands(command, path, top):
    """A subsection per command, and per command under it (guide show, guide check)."""
    out = []
    for sub in command.get("subcommands", []):
        if not sub.get("shouldDisplay", True) or sub["commandName"] == "help":
            continue
        words = path + [sub["commandName"]]
        arguments = shown(sub.get("arguments", []))
        if sub.get("subcommands"):
            out.extend(commands(sub, words, top))
            continue
        usage = " ".join(escape(word) for word in words) + " " + " ".join(synopsis_item(argument) for argument in arguments)
        out.append('.SS "%s"' % usage.strip().replace('"', '\\(dq'))
        out.extend(paragraph(sub.get("abstract", "")))
        if sub.get("discussion"):
            out.append(".PP")
            out.extend(prose(sub["discussion"]))
        own = [argument for argument in arguments if key(argument) not in top]
        if len(own) < len(arguments):
            common = [argument for argument in arguments if key(argument) in top]
            out.append(".PP")
            out.append("Also takes " + ", ".join("\\fB%s\\fR" % flag_name(a["preferredName"]) for a in common)
                       + ", as under OPTIONS.")
        out.extend(entries(own))
    return out


def changelog_date(version):
    with open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8") as changelog:
        for line in changelog:
            match = re.match(r"## \[%s\] - (\d{4}-\d{2}-\d{2})" % re.escape(version), line)
            if match:
                return match.group(1)
    sys.exit("manpage.py: CHANGELOG.md has no section for version %s" % version)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: manpage.py REKINDLE_BINARY > rekindle.1")
    binary = sys.argv[1]
    environment = dict(os.environ, LC_ALL="C.UTF-8")
    described = subprocess.run([binary, "--experimental-dump-help"], check=True, capture_output=True, env=environment).stdout
    version = subprocess.run([binary, "--version"], check=True, capture_output=True, text=True, env=environment).stdout.strip()
    command = json.loads(described)["command"]
    name = command["commandName"]
    arguments = shown(command.get("arguments", []))
    top = {key(argument) for argument in arguments}

    out = [
        '.\\" Generated by Packaging/manpage.py from `%s --experimental-dump-help` and' % name,
        '.\\" Packaging/rekindle.1.sections; edit those, then run `make man`.',
        '.TH %s 1 %s "%s %s" "User Commands"' % (name.upper(), changelog_date(version), name, escape(version)),
        ".SH NAME",
        "%s \\- %s" % (name, paragraph(command["abstract"][:1].lower() + command["abstract"][1:].rstrip("."))[0]),
        ".SH SYNOPSIS",
        ".B %s" % name,
        " ".join(synopsis_item(argument) for argument in arguments),
        ".br",
        ".B %s" % name,
        "\\fICOMMAND\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]",
        ".SH DESCRIPTION",
    ]
    out.extend(prose(command.get("discussion", "")))
    out.append(".SH OPTIONS")
    out.extend(entries(arguments))
    out.extend([".TP", "\\fB\\-\\-version\\fR", "Print the version (%s) and exit." % escape(version),
                ".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR", "Print help and exit; \\fB%s \\fICOMMAND\\fB \\-\\-help\\fR for a command's." % name])
    out.append(".SH COMMANDS")
    out.extend(commands(command, [name], top))
    with open(os.path.join(HERE, "rekindle.1.sections"), encoding="utf-8") as sections:
        hand_written = sections.read()
    if any(ord(c) >= 128 for c in hand_written):
        sys.exit("manpage.py: rekindle.1.sections must be ASCII (write \\[u2192] for a glyph)")
    out.append(hand_written.rstrip("\n"))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
