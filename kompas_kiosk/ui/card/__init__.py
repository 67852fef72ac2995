"""The card itself: fitting a card's front and back to a screen, and painting them. Shared by
the room, the exercise (which sits on a card), the console's previews and the offscreen pictures."""
