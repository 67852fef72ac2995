"""The notes sheet, the shared notes view and the PDF handout."""
