"""CLI commands, one module each; each module has ``register(subparsers)``."""
