"""The Arabic text layer: folding with an offset map, sentences, tokens, phrase matching."""
