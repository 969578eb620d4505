"""Settings of the author_profiles plugin: each one declared once, here."""

from pelican_masthead.settings import Setting, strings_list

SETTINGS = (
    Setting(
        "PEOPLE_PATHS",
        ["people"],
        "Folders, inside the content folder, holding one Markdown file per "
        "person. They are never published as articles or pages.",
        check=strings_list,
    ),
    Setting(
        "PEOPLE_PHOTO_SIZES",
        {"large": 240, "small": 96},
        "Widths in CSS pixels of the square portraits made from each `Photo`: "
        "`large` on profile pages, `small` in author boxes and cards. Each is "
        "also made at twice the width for high-density screens; a photo is "
        "never enlarged beyond its own size.",
        check=lambda v: (
            ""
            if set(v) == {"large", "small"}
            and all(isinstance(w, int) and 16 <= w <= 2000 for w in v.values())
            else "needs whole-number widths from 16 to 2000 for 'large' and 'small'."
        ),
    ),
    Setting(
        "PEOPLE_MORE_BY_COUNT",
        3,
        "How many other articles by the same authors an article lists under "
        '"More by" (`article.more_by_authors`); 0 lists none.',
        check=lambda v: "" if v >= 0 else "must be 0 or more.",
    ),
    Setting(
        "PEOPLE_PHOTO_OUTPUT",
        "people/photos",
        "Folder, inside the output, for resized portraits.",
    ),
)
