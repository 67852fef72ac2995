"""The facilitator's notes: the sqlite store, its schema, errors and the keeper that loses nothing."""
