// The C library's character widths, which Swift's Glibc module does not export.
#ifndef REKINDLE_COLUMN_WIDTH_H
#define REKINDLE_COLUMN_WIDTH_H

/// Columns a Unicode scalar takes on a terminal (`wcwidth`), or -1 for one that is
/// not printable.
int rk_column_width(unsigned int scalar);

#endif
