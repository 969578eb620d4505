"""Fixed word lists for the synthetic benchmark site.

Everything here is invented for the benchmarks: the words of a fictional
research centre on water and cities, and people's names that belong to no one.
Lists are tuples so their order, and so the generated site, never changes.
"""


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


NOUNS = _words(
    """
    aquifer allocation basin borehole budget catchment city council culvert customer
    dam demand district drain drought estimate flood forecast gauge grant household
    infrastructure licence leakage main meter monitoring network operator pipe plan
    policy pressure pump rainfall record regulator reservoir river rule scheme
    season sewer storage street summer supply survey tariff treatment utility valve
    village volume well wetland winter yield ward neighbourhood agreement audit
    barrier canal channel committee contract dataset deficit engineer evidence
    farmer floodplain garden groundwater hydrologist index landlord levy margin
    method model officer outflow pavement permit programme register renewal resident
    roof runoff sample settlement spring standard strategy subsidy system threshold
    tree trend
    """
)

ADJECTIVES = _words(
    """
    annual careful cheap coastal costly daily dense dry early existing fair green
    heavy hidden local long low major metered modest national new older open patchy
    private public quiet rapid recent regional reliable rural seasonal shallow
    shared short simple slow small steady strict tidal uneven upland urban useful
    wet wider yearly
    """
)

VERBS = _words(
    """
    adds allows balances changes checks collects costs covers cuts delays divides
    drives feeds fills funds holds improves limits links lowers measures moves needs
    protects raises reaches records reduces releases replaces reports requires
    serves shapes shows slows supports tests tracks uses
    """
)

ADVERBS = _words(
    """
    almost already often rarely slowly quickly usually seldom still quietly mostly
    partly
    """
)

CONNECTIVES = _lines(
    """
    In practice
    Over the past decade
    For most councils
    In a dry year
    At the same time
    As a result
    By contrast
    In the older districts
    For a small utility
    Across the region
    In our survey
    Since the last drought
    """
)

CATEGORIES = _lines(
    """
    Water Security
    Cities
    Climate Adaptation
    Data & Methods
    Public Finance
    Rivers and Basins
    Flood Risk
    Governance
    """
)

TAGS = _lines(
    """
    adaptation
    allocation
    aquifers
    budgets
    canals
    charts
    coastal cities
    councils
    culverts
    dams
    data
    demand
    drainage
    drought
    engineering
    estuaries
    evidence
    farming
    finance
    flooding
    forecasting
    gauges
    governance
    green roofs
    groundwater
    heat
    housing
    infrastructure
    leakage
    licensing
    local government
    maintenance
    metering
    methods
    monitoring
    networks
    open data
    planning
    policy
    pricing
    public health
    python
    rainfall
    regulation
    reservoirs
    rivers
    rural supply
    sanitation
    sewers
    storage
    street trees
    subsidies
    surveys
    tariffs
    treatment
    utilities
    water quality
    water rights
    wetlands
    winter
    """
)

TOPICS = _lines(
    """
    Drought policy
    Groundwater
    Urban flooding
    Green infrastructure
    Water governance
    Reservoir operations
    Leakage
    Water pricing
    Rainfall statistics
    River basin agreements
    Climate adaptation
    Public finance
    Sanitation
    Water quality
    Coastal cities
    Heat and cities
    Open data
    Hydrological modelling
    Water rights
    Utility regulation
    Wetlands
    Agricultural water
    Demand forecasting
    Stormwater
    Infrastructure maintenance
    """
)

FIRST_NAMES = _lines(
    """
    Aldis
    Bettany
    Calloway
    Daria
    Eskil
    Fenwick
    Galina
    Hollis
    Ilse
    Jovan
    Katrin
    Linnet
    Mattias
    Nerys
    Oriel
    Perrin
    Quilla
    Rosalind
    Sefton
    Tamsin
    Ulric
    Vesna
    Wynne
    Xanthe
    Yorick
    Zelda
    Anouk
    Bram
    Cosima
    Dashiell
    Elowen
    Florian
    Greer
    Halvard
    Isaura
    Jarrah
    Kestrel
    Leocadia
    Merrin
    Niamh
    Osric
    Petronel
    Ravenna
    Solveig
    Thaddeus
    Undine
    Verity
    Wendeline
    Ysolde
    Zephyrine
    """
)

SURNAMES = _lines(
    """
    Ashcombe
    Brackenridge
    Carrowmore
    Dunlavin
    Elderkin
    Fairbrother
    Glenhaven
    Halloran-Voss
    Ingleby
    Jessamy
    Kittering
    Larkholme
    Morrow-Kade
    Nethercott
    Oakenshaw
    Pellingham
    Quennell
    Rushwick
    Saltmarsh
    Thistlewood
    Underhay
    Vellacott
    Wolstenholme
    Yarwood
    Zennor
    Abernant
    Bellhanger
    Corrigan-Lusk
    Dromore
    Esterbrook
    Faircloth
    Gwinnear
    Hebblethwaite
    Ivinson
    Jolliffe
    Kersley
    Lanyon
    Mardle
    Nanjizal
    Ottery
    Polkerris
    Quintrell
    Roscarrock
    Skewes
    Trevenna
    Uzzell
    Vosper
    Whiddon
    Yelland
    Zelah
    """
)

# Invented Urdu names with the Latin slug a writer would give them.
URDU_NAMES = (
    ("نادیہ رضوانی", "nadia-rizwani"),
    ("فرحان قدوسی", "farhan-qudusi"),
    ("سلمیٰ درانی", "salma-durrani"),
    ("کامران صابری", "kamran-sabri"),
)

HONORIFICS = ("Dr", "Prof.")

# Co-authors from outside the centre who have no people file.
UNPROFILED_NAMES = _lines(
    """
    Orla Penwarden
    Caspian Threlkeld
    Mireille Tansley
    Bastian Quayle
    """
)

URDU_WORDS = _words(
    """
    پانی شہر بارش دریا زمین نظام پالیسی حکومت کنواں ذخیرہ خشک سالی سیلاب پائپ بجٹ
    کسان آبادی منصوبہ نگرانی اعداد شمار مقامی کونسل ضرورت فراہمی قیمت نالی سڑک محلہ
    موسم گرمی سردی تحقیق رپورٹ ادارہ ہے ہیں کے کی میں اور سے پر کو بہت زیادہ کم
    """
)

CHINESE_PHRASES = _words(
    """
    城市 供水 降雨 河流 地下水 政策 管理 干旱 洪水 水库 排水 管网
    漏损 预算 居民 农民 数据 监测 气候 适应 地方政府 研究 报告
    水价 水质 湿地 街道 夏季 冬季 需求 储存 系统 规划 成本 维护
    的 在 和 对 了 是 也 更 需要 影响 提高 减少
    """
)

# Code blocks written so that no brace pair opens a Jinja tag, expression or
# comment: pelican-jinja2content renders every Markdown file as a template.
CODE_SNIPPETS = (
    (
        "python",
        "import csv\n"
        "\n"
        "\n"
        "def monthly_totals(path):\n"
        "    totals = dict()\n"
        "    with open(path, newline='') as handle:\n"
        "        for row in csv.DictReader(handle):\n"
        "            month = row['date'][:7]\n"
        "            totals[month] = totals.get(month, 0.0) + float(row['rain_mm'])\n"
        "    return totals\n",
    ),
    (
        "python",
        "def drought_index(series, normal):\n"
        '    """Share of the long-run normal, month by month."""\n'
        "    return [round(value / normal[i % 12], 2) for i, value in "
        "enumerate(series)]\n",
    ),
    (
        "sql",
        "SELECT catchment, date_trunc('month', read_at) AS month,\n"
        "       sum(volume_m3) AS abstracted\n"
        "FROM abstraction_returns\n"
        "WHERE read_at >= DATE '2018-01-01'\n"
        "GROUP BY catchment, month\n"
        "ORDER BY catchment, month;\n",
    ),
    (
        "shell",
        "curl -sS -o gauges.csv https://data.example/rainfall/gauges.csv\n"
        "python combine.py --start 1961 --end 2020 gauges.csv > series.csv\n",
    ),
    (
        "text",
        "gauge   network      first_year  missing_days\n"
        "G-104   national     1911        212\n"
        "A-2210  agency       1998        41\n"
        "V-17    volunteer    1976        903\n",
    ),
    (
        "python",
        "THRESHOLDS = {'normal': 0.9, 'watch': 0.75, 'drought': 0.6}\n"
        "\n"
        "\n"
        "def status(level):\n"
        "    for name, limit in sorted(THRESHOLDS.items(), key=lambda x: -x[1]):\n"
        "        if level >= limit:\n"
        "            return name\n"
        "    return 'severe'\n",
    ),
)
