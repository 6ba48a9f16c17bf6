# Facilitator mode: presenter, workshop plan and notes

## Presenter: the lessons shown on a projector to a group

presenter-place = Lesson { $lesson } · { $current } of { $total }
presenter-reveal = Show the answer
presenter-another-question = Another question
presenter-answer-title = The answer
presenter-discussion-title = Talk about it together
presenter-end-title = That is the end of today's lessons
presenter-end-thanks = Thank you all for learning together today. If you are ever worried about a child, these are the people you can turn to. Write down a number now, or take a photo of this screen.
presenter-back = Back to the workshop plan

## Workshop plan

agenda-title = Plan today's workshop
agenda-explained = Choose which lessons to run today, and in what order. The times are only estimates.
agenda-included = In today's workshop
agenda-add = Add
agenda-remove = Remove
agenda-earlier = Move up
agenda-later = Move down
agenda-minutes = About { $minutes } minutes
agenda-total = In all: about { $hours ->
        [0] { $minutes } minutes
        [one] 1 hour{ $minutes ->
            [0] {""}
           *[other] {" "}and { $minutes } minutes
        }
       *[other] { $hours } hours{ $minutes ->
            [0] {""}
           *[other] {" "}and { $minutes } minutes
        }
    }
agenda-start = Start presenting
agenda-empty = Add at least one lesson to start.
agenda-export = Save a handout to print
agenda-exported = Handout saved: { $path }
agenda-export-failed = The handout could not be saved: { $reason }
home-facilitator = Present to a group

## Notes for the facilitator (on the facilitator's screen, never on the projector)

notes-title = Notes for the facilitator
notes-timing = This lesson takes about { $teaching } minutes, and its discussion about { $discussion } minutes.
notes-keys = Keys: PageDown, Space or Enter for next; PageUp for back; Home and End for the start and end of a lesson; B or . to blank the screen; N for these notes. Esc is quick exit (Enter brings the slides back): a clicker's "stop slideshow" button sends Esc.
notes-audio = Parents who do not read can take a lesson home as sound: `hifazat audio --lang ur --lesson <lesson> --out lesson.wav` makes a file any phone can play.
# source: safeguarding guide, For facilitators
notes-guidance-title = Keeping the group safe
notes-guidance-assume = Assume that someone in the room has been affected by abuse. At the start, say that anyone may step out at any time, without giving a reason.
notes-guidance-disclosure = If someone tells you about abuse during the session, thank them for telling you. Then talk with them in private, not in front of the group.
notes-guidance-secrecy = If a child is at risk, do not promise to keep it secret. Follow your organisation's safeguarding procedure.
notes-guidance-contacts = Give them the help contacts. They are in the next part of these notes and on the handout.
# source: safeguarding guide, If a child tells you
notes-guidance-no-details = Do not ask for details, and do not question a child yourself. That is for people trained in child protection.
notes-help-title = Help contacts
presenter-back-to-slides = Back to the slides
agenda-notes-window = Notes in their own window (for a second screen)
