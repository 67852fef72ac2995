"""The facilitator's notes: the sqlite store, its schema and errors, and the keeper."""
