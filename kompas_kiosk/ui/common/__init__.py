"""What the views share: toast, overlay, gestures, painting helpers, icons, the key table."""
