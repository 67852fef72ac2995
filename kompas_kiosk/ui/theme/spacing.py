"""The spacing scale of the room screen: margins, gaps, corner radii and stroke widths.

In units of 1% of the screen's short side, like the type scale (`typescale`): multiply by the
unit (`painting.unit`) for pixels. A view that places something asks for the role it plays here,
so every screen keeps the same rhythm.
"""

from __future__ import annotations

# -- the card ----------------------------------------------------------------------------------
CARD_MARGIN = 2.2  # the room showing around the card
CARD_RADIUS = 1.6  # the card's corners (and the PIN panel's)
CARD_PAD = 5.0  # paper between the card's edge and its text
CARD_GUTTER = 4.5  # between the card's two text columns (landscape)
CARD_FOOTER_RULE = 1.6  # the footer's rule this far above the footer
CARD_HEADING_GAP = 2.2  # heading to title, when the title sits beside the body
CARD_TITLE_GAP = 3.5  # title to question beside the body; heading to text on the back
CARD_HEADING_GAP_STACKED = 1.8  # heading to title, stacked above the body
CARD_TITLE_GAP_STACKED = 2.5  # title to question, stacked above the body
CARD_BODY_GAP = 3.5  # question to body, stacked; the short rule sits halfway
CARD_SHORT_RULE = 12.0  # the length of the short rule over the body
CARD_CONTENT_BOTTOM = 2.0  # the text's room ends this far above the footer
CARD_FOOTER_GAP = 2.0  # the footer's deck title to the card's position beside it
CARD_BACK_GAP = 5.0  # on the back: the "what if" to the reminders
CARD_LABEL_GAP = 2.0  # on the back: the reminders' label to the list
POSTER_GAP = 4.0  # between the lines of a card of title and question only

# -- the exercise screen (a card with a countdown) -------------------------------------------------
EXERCISE_HEADING_GAP = 2.4  # heading to the exercise's title
EXERCISE_TITLE_GAP = 3.2  # the exercise's title to its steps
EXERCISE_TIMER_GAP = 4.0  # the steps to the countdown (portrait); the short rule sits halfway
TIMER_RING = 2.2  # room for the tick marks around the disc
TIMER_DIGITS_GAP = 4.0  # the disc to the digits beside it (landscape)
TIMER_DIGITS_GAP_STACKED = 1.5  # the disc to the digits under it (portrait)
TIMER_TEXT_ROOM = 2.0  # spare room under the digits and the label (portrait)
TIMER_HALO = 2.4  # the width of the time-up halo at its fullest
EXERCISE_FOOTER_RIGHT = 24.0  # the footer's right-hand part ("Lyd fra")

# -- views on the room's background ------------------------------------------------------------
SCREEN_MARGIN = 6.0  # a view's heading and content from the screen's edges
HEADING_TOP = 7.0  # a heading that stands alone from the top edge (deck chooser, message)
BOTTOM_MARGIN = 5.0  # a view's content from the bottom edge (overview, help)
LINE_GAP = 1.4  # between lines of a message
CHOOSER_TOP = 20.0  # the deck chooser's tiles from the top edge, under its heading
CHOOSER_GAP = 3.0  # between the deck chooser's tiles
TILE_HEIGHT_MAX = 36.0  # a tile's height at most (landscape, tiles side by side)
TILE_WIDTH_MIN = 45.0  # a tile's width at least, side by side (else fewer tiles a row)
TILE_HEIGHT_MAX_STACKED = 26.0  # a tile's height at most (portrait, tiles stacked)
TILE_PAD = 3.0  # a tile's edge to its content
TILE_ICON_DROP = 0.3  # the icon lowered to sit beside the title's first line
TILE_RADIUS = 1.4  # the deck chooser's tiles
TILE_GAP = 1.5  # within a tile: icon to title, title to its lines
TILE_LINE_GAP = 1.0  # between a tile's lines
FOCUS_STROKE = 0.8  # the ring round the chosen deck
SELECTED_STROKE = 0.6  # the ring round the chosen miniature
THIN_STROKE = 0.35  # outlines of small round things (page buttons, the PIN's dots)
CHEVRON_STROKE = 0.55  # the arrow drawn in a page button
CHEVRON_ARM = 1.3  # half the height of that arrow
PAGER_INSET = 0.5  # a page button's ring inside its tap target
PAGER_SPREAD = 14.0  # the page buttons this far either side of the middle (the label between)
PAGER_GAP = 2.0  # the page buttons' row to the miniatures above it
OVERVIEW_HEADING_GAP = 5.0  # the overview's subheading to its miniatures
MINIATURE_RADIUS = 0.4  # a miniature's corners, plus 1% of its width
MINIATURE_SHADOW = 0.5  # the shadow under a miniature
MESSAGE_HEADING_GAP = 4.0  # a message's heading to its lines
MESSAGE_HINT_GAP = 2.0  # a message's last line to the hint at the bottom
BADGE_WIDTH = 30.0  # the badge over the card's footer ("Eksempel")

# -- the help overlay --------------------------------------------------------------------------
HELP_HINT_GAP = 5.0  # the title to the hint beside it
HELP_HINT_DROP = 0.4  # the hint beside the title, lowered to sit on its line
HELP_HINT_BELOW = 0.5  # under the hint, when it sits under the title
HELP_TABLE_GAP = 4.0  # the header to the table
HELP_GUTTER = 5.0  # between the table's columns
HELP_ROW_GAP = 1.3  # between the table's rows
CAP_SPACE = 0.7  # between the key caps of one row
CAP_RADIUS = 0.8
CAP_STROKE = 0.18
CAP_PAD = 1.0  # text to the cap's sides
CAP_EXTRA_HEIGHT = 0.7  # the cap's height over its line
CAP_TEXT_GAP = 2.2  # the caps' column to the description
GROUP_GAP = 2.2  # above a group's heading
GROUP_HEADING_GAP = 1.2  # a group's heading to its first row

# -- the PIN pad --------------------------------------------------------------------------------
PIN_KEY = 10.5  # a pad key's side (≥ 9 mm on a 24" screen)
PIN_KEY_GAP = 1.6  # between the keys
PIN_KEY_RADIUS = 1.2  # the keys' corners
PIN_KEY_BORDER = 0.25  # the keys' outline
PIN_PAD = 4.0  # the panel's edge to its content
PIN_INFO_WIDTH = 40.0  # the column of title, dots and message (landscape)
PIN_INFO_OVERHANG = 6.0  # that column wider than the keys (portrait)
PIN_INFO_GAP = 2.5  # title to the dots, the dots to the message
PIN_DOTS_HEIGHT = 4.0  # the row of dots
PIN_DOT = 2.6  # a dot's diameter
PIN_DOT_STEP = 4.2  # from one dot to the next
PIN_COLUMN_GAP = 5.0  # the column to the keys (landscape)
PIN_SECTION_GAP = 3.0  # the message to the cancel button (landscape), to the keys (portrait)

# -- the notes shared on the room screen ----------------------------------------------------------
NOTES_PAD = 4.0  # the paper's edge to its text (and the rule's ends)
NOTES_LABEL_GAP = 1.0  # the label to the card's heading
NOTES_RULE_GAP = 3.0  # the heading to the notes; the rule sits in its middle
NOTES_RULE = 0.12  # the rule's thickness
NOTE_BAR_SPACE = 1.6  # a note's bar at its left, and the space after it
NOTE_BAR_WIDTH = 0.45
NOTE_BAR_INSET = 0.1  # the bar shorter than its note, top and bottom

# -- the facilitator's notes sheet -------------------------------------------------------------
SHEET_ROW_INSET = 1.6  # a note's text from its row's left edge
SHEET_ROW_TOP = 1.1  # a note's text from its row's top
SHEET_ROW_NARROWING = 3.0  # a note's text is this much narrower than its row
SHEET_ROW_EXTRA = 2.4  # a note's row is this much taller than its two texts
SHEET_EARLIER_EXTRA = 2.2  # the "+ N tidligere noter" row is this much taller than its text
SHEET_META_GAP = 0.2  # a note's time and card to its text
SHEET_BAR = 0.6  # the bar at the left of a chosen or waiting note
SHEET_ROW_RULE = 0.1  # the rule under each note (at least a pixel)
SHEET_GAP = 1.2  # between the sheet's parts; a message bar's margins
SHEET_SMALL_GAP = 0.8  # within a message bar; within a row of the export form
SHEET_FORMAT_GAP = 0.6  # between the export formats
SHEET_GRID_GAP = 0.4  # between the rows of the export form's grid
SHEET_PAD = 2.6  # the sheet's edge to its contents (beside its shadow)
SHEET_BUTTON_GAP = 1.0  # between the sheet's buttons
SHEET_FADE = 5.0  # the list fades out over this much at its bottom

# -- the presenter console --------------------------------------------------------------------
CONSOLE_GAP = 3.3  # between the console's columns, and its margin
CONSOLE_ROW_GAP = 1.2  # between its rows
RAIL_GAP = 1.5  # the rail's status line to its rows
RAIL_RADIUS = 0.6  # the corners of the current step's band
RAIL_INSET = 0.8  # a row's text from the band's sides

# -- the toast ---------------------------------------------------------------------------------
TOAST_PAD = 1.6  # its text from its sides
TOAST_PAD_Y = 0.8  # its text from its top and bottom: one line fits the band above the card's text
TOAST_TOP = 0.4  # from the screen's top edge, in the band no view puts text in
TOAST_RADIUS = 1.0  # its corners
TOAST_SIDE_MARGIN = 4.0  # its least distance from the screen's sides
