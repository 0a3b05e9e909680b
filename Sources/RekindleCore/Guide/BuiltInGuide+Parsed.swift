// Written by BuiltInGuideTests from BuiltInGuide.md; do not edit. After editing the
// Markdown, `REKINDLE_WRITE_GUIDE=1 swift test --filter BuiltInGuideTests` writes it again.

extension Guide {
    /// The built-in guide as the parser reads BuiltInGuide.md, written out so that no
    /// start spends a few tenths of a millisecond parsing it (the tests keep the two equal).
    public static let builtIn = Guide(
        id: "get-back-together", title: "How to Get Back Together with Your Ex", contentHash: "d2d7a812cd3f7736",
        parts: [
            Part(
                id: "opening", kind: .opening, title: "How to Get Back Together with Your Ex",
                guidance: [
                    "A breakup can shake everything loose at once: your routines, your sleep, your sense of who you are. If part of you hopes the two of you can find your way back, that hope deserves to be taken seriously, and so do you. This coach walks through ten steps at a gentle pace. Some look inward, some look at how you reach out, and all of them ask for patience, honesty and kindness, towards the other person and towards yourself.",
                    "Nothing here promises a result. Getting back together takes two willing people, and sometimes the caring choice is to let go. Go at your own speed, skip what does not fit, and write as much or as little as you like. Your notes stay on this computer and are seen by no one else.",
                ],
                checklist: [],
                prompts: []
            ),
            Part(
                id: "reflect", kind: .step, title: "Reflecting on the Relationship",
                guidance: [
                    "Before deciding anything, look back at the relationship as a whole, not only at its last few weeks. Remember what drew the two of you together in the first place and what kept you close. Be just as honest about what was hard: the arguments that kept coming back, the needs that went unmet on either side, and the real reasons it ended.",
                    "This is not about assigning blame. It is about seeing clearly enough to answer a difficult question: would getting back together be good and healthy for both of you, or is it mostly a way to stop the pain of missing them? Either answer is allowed. Writing it down often shows you what you already know.",
                ],
                checklist: [
                    ChecklistItem(id: "reflect.first-drew", text: "Write down three things that first drew you to each other"),
                    ChecklistItem(id: "reflect.worked-and-wrong", text: "List what worked well between you and what repeatedly went wrong"),
                    ChecklistItem(id: "reflect.both-sides", text: "Describe the reasons for the breakup from your side and, as fairly as you can, from theirs"),
                    ChecklistItem(id: "reflect.healthy", text: "Decide, for now, whether reconciling would be healthy for both of you"),
                ],
                prompts: [
                    "What did this relationship give you, and what did it cost you?",
                    "If a close friend described this relationship to you, what would you tell them?",
                ]
            ),
            Part(
                id: "space", kind: .step, title: "Give Each Other Space",
                guidance: [
                    "Right after a breakup, both of you need room to feel what you feel and to think without pressure. Reaching out again and again, or trying to argue someone into coming back, usually pushes them further away and keeps your own wound open.",
                    "Space is not a strategy or a test. It is a way of showing respect for the other person's choices and time. Agree with yourself on a period without contact, or with only the contact that practical matters truly require. Put the energy you would spend checking your phone into looking after yourself.",
                ],
                checklist: [
                    ChecklistItem(id: "space.no-contact-period", text: "Choose a period without contact and write down the date it ends"),
                    ChecklistItem(id: "space.mute", text: "Mute or archive the conversation so you are not tempted to keep rereading it"),
                    ChecklistItem(id: "space.tell-friend", text: "Tell one trusted friend about your plan so they can support you when it gets hard"),
                    ChecklistItem(id: "space.no-checking", text: "Go a full week without checking their social media"),
                ],
                prompts: [
                    "What do you feel when you want to reach out, and what do you need in that moment?",
                    "What does the other person need from you right now?",
                ]
            ),
            Part(
                id: "self-improvement", kind: .step, title: "Focus on Self-Improvement",
                guidance: [
                    "Time apart can be time well spent. Put real effort into your own life: your health, your friendships, the interests that slipped away while you were a couple. Do this for yourself first, because it makes you steadier and happier whatever happens next.",
                    "Growth also matters if you do meet again. Someone who has looked honestly at their own habits and started to change them brings something new to the table, and that is far more convincing than promises. Pick small, concrete changes you can keep up, rather than a dramatic reinvention that fades in a week.",
                ],
                checklist: [
                    ChecklistItem(id: "self-improvement.habit-plan", text: "Pick one habit that hurt the relationship and write a plan to work on it"),
                    ChecklistItem(id: "self-improvement.joyful-activity", text: "Schedule an activity you enjoy at least once this week"),
                    ChecklistItem(id: "self-improvement.routine", text: "Set a regular bedtime, meal or exercise routine and keep it for two weeks"),
                    ChecklistItem(id: "self-improvement.reconnect-friend", text: "Reconnect with a friend or relative you have not seen in a while"),
                ],
                prompts: [
                    "Who do you want to be a year from now, regardless of this relationship?",
                    "What small change this week would make you proud of yourself?",
                ]
            ),
            Part(
                id: "communication", kind: .step, title: "Reestablish Communication",
                guidance: [
                    "When enough time has passed and you both seem ready, contact can begin again, carefully. Start small and low-pressure: a short, friendly message that asks for nothing in return is better than a long letter full of feelings.",
                    "When you do talk, speak calmly about how you feel and really listen to what they tell you, even when it is hard to hear. Leave old fights where they are; reopening them rarely leads anywhere new. Look for the things you both want and understand, and accept a slow pace. If they do not answer or say no, that is an answer too.",
                ],
                checklist: [
                    ChecklistItem(id: "communication.draft-message", text: "Draft your first message and wait a day before deciding whether to send it"),
                    ChecklistItem(id: "communication.say-and-hear", text: "Write down what you want to say and what you are willing to hear"),
                    ChecklistItem(id: "communication.reflect-back", text: "During a conversation, repeat back what you heard before giving your view"),
                    ChecklistItem(id: "communication.accept-reply", text: "Accept their reply, including silence, without pushing for more"),
                ],
                prompts: [
                    "What do you hope they understand about you, and what do you want to understand about them?",
                ]
            ),
            Part(
                id: "apologize", kind: .step, title: "Apologize Sincerely",
                guidance: [
                    "If there are things you did that hurt the other person or helped end the relationship, name them and apologize for them. A real apology is specific, owns the harm without explanations that shift the weight elsewhere, and does not depend on getting something back.",
                    "Saying sorry will not erase what happened, and it does not oblige them to forgive you or to return. It is simply the right thing to do, and it shows that you have understood. The change that follows is what gives the words their meaning.",
                ],
                checklist: [
                    ChecklistItem(id: "apologize.regrets", text: "List the specific things you did that you regret"),
                    ChecklistItem(id: "apologize.write-apology", text: "Write an apology that names each one without \"but\" or excuses"),
                    ChecklistItem(id: "apologize.give-apology", text: "Give the apology in the way they are most comfortable with, or keep it unsent if contact is not welcome"),
                    ChecklistItem(id: "apologize.change-per-regret", text: "Write down one concrete change you are making for each thing you apologized for"),
                ],
                prompts: [
                    "What is hardest for you to admit, and why?",
                ]
            ),
            Part(
                id: "trust", kind: .step, title: "Rebuild Trust",
                guidance: [
                    "Trust that has been broken comes back slowly, through many small moments rather than one big gesture. Do what you say you will do, tell the truth even when it is uncomfortable, and behave the same way whether or not anyone is watching.",
                    "Be careful with promises. Offer only what you are sure you can deliver, and then deliver it. Expect that the other person may stay cautious for a long time; that caution is reasonable, and meeting it with patience rather than frustration is part of rebuilding.",
                ],
                checklist: [
                    ChecklistItem(id: "trust.keep-commitments", text: "Keep every commitment you make for a month, however small"),
                    ChecklistItem(id: "trust.drop-promise", text: "Notice and remove one promise you are not sure you can keep"),
                    ChecklistItem(id: "trust.hard-truth", text: "Tell the truth in a situation where a small lie would have been easier"),
                ],
                prompts: [
                    "What would help you trust them again, and what might help them trust you?",
                    "Where in your life are you consistent, and where are you not yet?",
                ]
            ),
            Part(
                id: "empathy", kind: .step, title: "Show Empathy and Understanding",
                guidance: [
                    "The breakup was painful for them as well, maybe in ways you do not know about. Try to see events through their eyes. When they share how they feel, acknowledge it before anything else; you do not have to agree with every word to accept that the feeling is real.",
                    "Caring about their well-being, even apart from whether they come back, makes honest conversation possible. People open up where they feel safe, and they feel safe where they are listened to without being judged or hurried.",
                ],
                checklist: [
                    ChecklistItem(id: "empathy.their-view", text: "Write a paragraph about the breakup from their point of view"),
                    ChecklistItem(id: "empathy.name-feeling", text: "In your next conversation, name their feeling before sharing your own"),
                    ChecklistItem(id: "empathy.open-question", text: "Ask one open question about how they are doing and just listen to the answer"),
                ],
                prompts: [
                    "What might they have been feeling that you did not see at the time?",
                ]
            ),
            Part(
                id: "positive", kind: .step, title: "Focus on the Positive",
                guidance: [
                    "It is easy to keep replaying the worst moments. Gently turn your attention towards the present and what could come next. Remember the good times you shared, and let yourself be grateful for them without needing them to return.",
                    "If you are in touch again, bring warmth rather than old grievances into the conversation. Shared laughter and good memories can remind you both why you mattered to each other. Hope is fine; just keep it honest and keep it yours, not a demand placed on someone else.",
                ],
                checklist: [
                    ChecklistItem(id: "positive.good-memories", text: "Write down five good memories of your time together"),
                    ChecklistItem(id: "positive.gratitude-week", text: "Each evening for a week, note one thing you are grateful for today"),
                    ChecklistItem(id: "positive.kinder-thought", text: "Replace one recurring painful thought with a kinder, truer one and write it down"),
                ],
                prompts: [
                    "What are you grateful for, from the relationship and from your life now?",
                ]
            ),
            Part(
                id: "professional-help", kind: .step, title: "Seek Professional Help",
                guidance: [
                    "You do not have to work through this alone. A qualified therapist or couples counselor offers a neutral point of view and tools that friends usually cannot. On your own, therapy can help you understand your patterns and heal. Together, if you both want it, it can help you talk about deep issues, communicate better and handle conflict in healthier ways.",
                    "Asking for help is a sign of strength, not failure. If you ever feel hopeless or think about harming yourself, please contact a crisis line or emergency services in your country right away.",
                ],
                checklist: [
                    ChecklistItem(id: "professional-help.find-therapist", text: "Look up two or three therapists or counselors you could contact"),
                    ChecklistItem(id: "professional-help.book-appointment", text: "Book a first appointment or consultation"),
                    ChecklistItem(id: "professional-help.session-topics", text: "Write down the questions or topics you want to bring to that first session"),
                    ChecklistItem(id: "professional-help.crisis-line", text: "Save the number of a local crisis line somewhere easy to find"),
                ],
                prompts: [
                    "What would you want a counselor to help you with first?",
                ]
            ),
            Part(
                id: "boundaries", kind: .step, title: "Respect Each Other's Boundaries",
                guidance: [
                    "Both of you have the right to decide what you are ready for. Respect their limits about contact, time and closeness, and be clear about your own. Pressure, guilt or ultimatums only turn a hopeful process into a harmful one.",
                    "Healing and rebuilding take as long as they take, and neither of you can rush the other. If they say no, or ask for no contact, honor that fully. Respecting a boundary you wish were not there is one of the most caring things you can do.",
                ],
                checklist: [
                    ChecklistItem(id: "boundaries.their-boundaries", text: "Write down the boundaries they have expressed, in their words"),
                    ChecklistItem(id: "boundaries.your-boundaries", text: "Write down your own boundaries and what you need in order to feel safe"),
                    ChecklistItem(id: "boundaries.remove-pressure", text: "Check your recent messages or plans for any pressure and remove it"),
                    ChecklistItem(id: "boundaries.if-no", text: "Decide how you will respond if the answer is no"),
                ],
                prompts: [
                    "What would it look like to respect their decision completely?",
                    "Which of your own limits have you been ignoring?",
                ]
            ),
            Part(
                id: "moving-forward", kind: .closing, title: "Moving Forward, Whatever Happens",
                guidance: [
                    "Trying to reconcile asks a lot: patience, honesty, self-reflection and care for someone else's feelings alongside your own. Working on yourself, speaking openly and earning trust back are the best chances you can give it, but the outcome was never fully in your hands.",
                    "Sometimes two people are better off growing in different directions, and a breakup becomes the start of a more fulfilling life for both. Whichever way this goes, keep what the relationship taught you. Look after yourself, lean on the people who care about you, and keep making room for the things that bring you joy. You are building a life worth living either way.",
                ],
                checklist: [
                    ChecklistItem(id: "moving-forward.lessons", text: "Write down three lessons from this relationship you want to carry forward"),
                    ChecklistItem(id: "moving-forward.look-forward", text: "Plan one thing to look forward to in the coming month"),
                    ChecklistItem(id: "moving-forward.support-network", text: "Reach out to someone who supports you and tell them how you are really doing"),
                ],
                prompts: [
                    "What does a good life look like for you, with or without them?",
                    "What are you proud of in how you have handled this?",
                ]
            ),
        ]
    )
}
