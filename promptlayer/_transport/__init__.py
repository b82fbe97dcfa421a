"""How the facade talks HTTP: I/O-free request flows, one retry policy, sync and async drivers."""
