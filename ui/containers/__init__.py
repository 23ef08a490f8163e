"""The Containers mode: open containers, their contents, closing with label and manifest, moves."""
