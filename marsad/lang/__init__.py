"""Language data (Arabic) as reviewed TSV files, loaded by ``marsad.lang.ar``."""
