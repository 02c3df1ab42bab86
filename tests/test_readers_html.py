import pytest

from ingest.errors import NoArticleText
from ingest.readers.html import read_html

PAGE = """<!DOCTYPE html>
<html lang="nl"><head>
<title>Blue Owl financiert Hyperion | Beursbrief</title>
<meta property="article:published_time" content="2025-10-21T08:00:00Z">
<script>var tracking = "Nvidia koopt alles";</script>
<style>.nav { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/markten">Markten</a></li>
<li><a href="/abonnement">Abonneer nu voor € 9,95</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">Wij gebruiken cookies. <button>Accepteren</button></div>
<article>
<h1>Blue Owl financiert Hyperion</h1>
<p>Meta Platforms heeft voor zijn Hyperion-datacenter in Louisiana een joint venture opgezet met
Blue Owl Capital. De vermogensbeheerder neemt 80% van het project voor zijn rekening, terwijl Meta
zelf 20% houdt en het complex na oplevering huurt.</p>
<p>Het project kost naar schatting $27 miljard. Een groot deel van de schuld werd geplaatst bij
Pimco, dat obligaties ter waarde van $18 miljard kocht. Analisten zien de constructie als een
blauwdruk voor andere techbedrijven die hun balans willen ontzien.</p>
<p>Volgens ingewijden onderzoeken ook Oracle en xAI vergelijkbare structuren voor nieuwe campussen
in Texas en Tennessee, al is daarover nog niets besloten.</p>
</article>
<footer>© 2025 Beursbrief. Volg ons op LinkedIn.</footer>
<script>document.write("Google koopt TeraWulf");</script>
</body></html>"""


def test_read_html_keeps_article_text():
    doc = read_html(PAGE.encode(), "a.html")
    assert "joint venture opgezet met" in doc.text
    assert "obligaties ter waarde van $18 miljard" in doc.text


def test_read_html_drops_scripts_navigation_and_cookie_banner():
    doc = read_html(PAGE.encode(), "a.html")
    assert "tracking" not in doc.text and "Google koopt TeraWulf" not in doc.text
    assert "Markten" not in doc.text
    assert "cookies" not in doc.text.lower()
    assert "color: red" not in doc.text


def test_read_html_title_and_date():
    doc = read_html(PAGE.encode(), "a.html")
    assert "Blue Owl financiert Hyperion" in doc.title
    assert doc.published == "2025-10-21"
    assert doc.format == "html"


def test_read_html_only_scripts_has_no_article():
    page = b"<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>"
    with pytest.raises(NoArticleText):
        read_html(page, "a.html")


def test_read_html_short_page_falls_back_to_paragraphs():
    page = "<html><body><p>Nvidia investeert $5 miljard in Intel.</p></body></html>".encode()
    assert "Nvidia investeert $5 miljard in Intel." in read_html(page, "a.html").text


def test_read_html_cp1252_page_is_not_mojibake():
    page = PAGE.replace("blauwdruk", "blauwdruk – een ‘café-model’ –").encode("cp1252")
    text = read_html(page, "a.html").text
    assert "blauwdruk – een 'café-model' –" in text
