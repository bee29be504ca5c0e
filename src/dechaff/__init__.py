"""dechaff: a saved web page in, a clean article out."""
