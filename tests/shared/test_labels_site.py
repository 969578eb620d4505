"""Labels in the content's language, in built sites: an Urdu article on an
English site, and a French site with no label settings at all."""

from __future__ import annotations

import pytest
from conftest import ALL_PLUGINS, THEME

PEOPLE = {
    "people/ana.md": "Title: Ana Kova\nRoles: Director\n\nAna leads.\n",
    "people/bilal.md": "Title: Bilal Rana\nRoles: Research Officer\n\nBilal counts.\n",
}
URDU = "دریا اگست میں کم بہتے ہیں اور کسان پانی بانٹتے ہیں۔ " * 60
ENGLISH = "Rivers run low in August and farmers share the water. " * 60


@pytest.fixture
def bilingual(site):
    for path, text in PEOPLE.items():
        site.write(path, text)
    site.write(
        "dry.md",
        "Title: خشک سالی\nDate: 2024-06-01\nAuthors: Ana Kova; Bilal Rana\n"
        f"Editors: Ana Kova\nLang: ur\nSlug: dry\n\n{URDU}\n",
    )
    site.write(
        "dry-en.md",
        "Title: Drought\nDate: 2024-06-01\nAuthors: Ana Kova; Bilal Rana\n"
        f"Editors: Ana Kova\nLang: en\nSlug: dry\n\n{ENGLISH}\n",
    )
    return site


@pytest.mark.parametrize("theme", ["notmyidea", "masthead"])
def test_an_urdu_article_on_an_english_site_gets_urdu_labels(bilingual, theme):
    themes = {"masthead": {"THEME": str(THEME)}, "notmyidea": {}}
    bilingual.build(PLUGINS=ALL_PLUGINS, DEFAULT_LANG="en", **themes[theme])
    urdu = bilingual.page("dry-ur.html")
    byline = urdu.select_one(".masthead-byline").get_text(" ", strip=True)
    assert byline.startswith("از Ana Kova")
    assert "Director اور Bilal Rana" in byline
    # 660 words at 238 a minute: 3 minutes.
    assert urdu.select_one(".masthead-reading-time").get_text() == "3 منٹ کا مطالعہ"
    share = urdu.select_one(".masthead-share-block")
    assert share["aria-label"] == "یہ مضمون شیئر کریں"
    assert "ای میل" in share.get_text()
    credits = urdu.select_one(".masthead-credits").get_text(" ", strip=True)
    assert credits == "ادارت: Ana Kova"
    heading = urdu.select_one(".masthead-author-boxes__heading").get_text()
    assert heading == "مصنفین کے بارے میں"
    # Nothing on the page calls the Urdu words English.
    for element in (share, urdu.select_one(".masthead-byline")):
        assert element.find_parent(attrs={"lang": "en"}) is None
    # Its English translation keeps the English words.
    english = bilingual.page("dry.html")
    assert english.select_one(".masthead-byline").get_text().startswith("By Ana")
    assert "min read" in english.select_one(".masthead-reading-time").get_text()
    share = english.select_one(".masthead-share-block")
    assert share["aria-label"] == "Share this article"
    credits = english.select_one(".masthead-credits").get_text(" ", strip=True)
    assert credits == "Edited by Ana Kova"


def test_credit_labels_a_site_wrote_itself_are_kept_in_every_language(bilingual):
    bilingual.build(PLUGINS=ALL_PLUGINS, STAFF_CREDITS={"editors": "Commissioned by"})
    for page in ("dry.html", "dry-ur.html"):
        credits = bilingual.page(page).select_one(".masthead-credits")
        assert credits.get_text(" ", strip=True) == "Commissioned by Ana Kova"


def test_a_french_site_needs_no_label_settings(site):
    for path, text in PEOPLE.items():
        site.write(path, text)
    site.write(
        "sec.md",
        "Title: Sécheresse\nDate: 2024-06-01\nAuthors: Ana Kova; Bilal Rana\n"
        "Slug: sec\n\n"
        + "Les rivières baissent en août et les paysans partagent l’eau. " * 60
        + "\n",
    )
    site.build(PLUGINS=ALL_PLUGINS, DEFAULT_LANG="fr")
    page = site.page("sec.html")
    byline = page.select_one(".masthead-byline").get_text(" ", strip=True)
    assert byline == "Par Ana Kova , Director et Bilal Rana , Research Officer"
    assert (
        page.select_one(".masthead-reading-time").get_text().endswith(" min de lecture")
    )
    share = page.select_one(".masthead-share-block")
    assert share["aria-label"] == "Partager cet article"
    assert "À propos des auteurs" in page.get_text()
    staff = site.page("staff/index.html")
    assert staff.select_one("h1.entry-title").get_text() == "L’équipe"


def test_the_theme_says_when_the_plugins_words_are_the_sites(bilingual):
    # Italian has no labels: the share block and author boxes of an Italian
    # article speak the site's English, and the theme marks them so.
    bilingual.write(
        "secco.md",
        "Title: Secco\nDate: 2024-06-02\nAuthor: Ana Kova\nLang: it\n\n"
        + "I fiumi calano in agosto. " * 40
        + "\n",
    )
    bilingual.build(PLUGINS=ALL_PLUGINS, THEME=str(THEME))
    italian = bilingual.page("secco-it.html")
    apparatus = italian.select_one(".article__apparatus")
    assert (apparatus["lang"], apparatus["dir"]) == ("en", "ltr")
    assert apparatus.select_one(".masthead-share-block")["aria-label"] == (
        "Share this article"
    )
    urdu = bilingual.page("dry-ur.html").select_one(".article__apparatus")
    assert not urdu.has_attr("lang")
