"""Readers that turn files, directories, stdin and records into :class:`newsprobe.model.Article`."""
