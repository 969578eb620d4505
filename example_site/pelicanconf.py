"""Development settings for the Larkspur Insight example site.

Build from the repository root:

    pelican -s example_site/pelicanconf.py -o /tmp/example-out

Paths below are relative to this file, as Pelican resolves them.
"""

AUTHOR = "Larkspur Centre for Water and Cities"
SITENAME = "Larkspur Insight"
SITESUBTITLE = "Analysis from the Larkspur Centre for Water and Cities"
SITEURL = ""
RELATIVE_URLS = False

PATH = "content"
OUTPUT_PATH = "output"
CACHE_PATH = "cache"
THEME = "../theme"

TIMEZONE = "Europe/Dublin"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"

ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]

DEFAULT_PAGINATION = 6

# Addresses without ".html", as a publication's usually are.
ARTICLE_URL = "{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{slug}/index.html"
ARTICLE_LANG_URL = "{date:%Y}/{slug}/{lang}/"
ARTICLE_LANG_SAVE_AS = "{date:%Y}/{slug}/{lang}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
AUTHOR_URL = "people/{slug}/"
AUTHOR_SAVE_AS = "people/{slug}/index.html"
# A profile in a person's other language (people/samina-haroon.ur.md).
PEOPLE_LANG_URL = "people/{slug}/{lang}/"
PEOPLE_LANG_SAVE_AS = "people/{slug}/{lang}/index.html"
AUTHORS_URL = "people/"
AUTHORS_SAVE_AS = "people/index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
# Portraits are resized into a folder no person's slug can take.
PEOPLE_PHOTO_OUTPUT = "people-photos"

# No feeds while developing; publishconf.py turns them on.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

PLUGINS = [
    "pelican.plugins.author_profiles",
    "pelican.plugins.staff_roles",
    "pelican.plugins.reading_time",
    "pelican.plugins.share_block",
    "pelican.plugins.research",
]

# The organisation behind the site: the publisher in every page's structured
# data; the staff page links its policies and lists its funders.
MASTHEAD_ORGANIZATION = {
    "name": "Larkspur Centre for Water and Cities",
    "publishing_principles": "/editorial-standards/",
    "corrections_policy": "/corrections-policy/",
    "ethics_policy": "/ethics-policy/",
    "funders": [
        {
            "name": "The Quayside Rivers Trust",
            "url": "https://quayside-rivers.example/",
        },
        "Halloran-Pike Foundation",
    ],
}

# The About page calls staff_directory() and person_card(): read content as
# Jinja (sandboxed). For trusted writers only; see docs/security.md.
MASTHEAD_JINJA_CONTENT = True

# staff_roles: sections in rank order, each with its role titles, highest first.
STAFF_SECTIONS = {
    "Leadership": ["Director", "Deputy Director"],
    "Research": [
        "Senior Research Fellow",
        "Senior Research Officer",
        "Research Officer",
    ],
    "Communications": [
        "Managing Editor, Insight",
        "Editor",
        "Communications Officer",
    ],
}

# research: readers' replies go to this address ("Reply by email" under articles).
RESEARCH_REPLY_EMAIL = "letters@larkspur.example"

MENUITEMS = []
DISPLAY_PAGES_ON_MENU = True

# The theme's 404 page, for the web server to serve on a missing address.
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "archives", "404"]
