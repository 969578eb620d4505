"""What differs between the Pelican releases the plugins support (4.9 to 4.12).

Each difference is written down once here, with the release that needs it, so
that dropping an old release means deleting lines from this module only.
scripts/test-versions runs the suite on every supported release.
"""

from __future__ import annotations

# The message Pelican's generators log when a content file cannot be read.
# Pelican 4.9 to 4.11 append the error after a newline ("%s\n%s", file, error);
# 4.12 logs the file alone and leaves the error to the traceback.
COULD_NOT_PROCESS_MESSAGES = frozenset(
    {"Could not process %s", "Could not process %s\n%s"}
)

# What Writer.write_file raises when a file was already written in this build.
# Pelican 4.12 has its own class for it; 4.9 to 4.11 raise a plain RuntimeError
# ("File ... is to be overwritten"), so there any RuntimeError of write_file
# counts as one.
try:
    from pelican.writers import FileOverwriteFailedError
except ImportError:  # Pelican < 4.12
    FileOverwriteFailedError = RuntimeError  # type: ignore[misc, assignment]
