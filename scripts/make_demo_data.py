"""Generate the synthetic demo catalog, RMAs, users, label images and replayed-camera frames."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import shutil
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "demo"
SEED = 20261120
# Israeli GS1 prefix (729) plus an invented company number: plausible, and clearly ours.
GTIN_COMPANY_PREFIX = "7290016"
RMA_COUNT = 200
FIRST_RMA = 100001
PURCHASE_FIRST = dt.date(2026, 9, 1)
PURCHASE_LAST = dt.date(2026, 11, 20)

Colour = tuple[int, int, int]  # BGR, as OpenCV draws
Image = np.ndarray

# ----------------------------------------------------------------------------------------- products


@dataclass(frozen=True)
class ProductSpec:
    name: str
    kind: str
    colour: Colour
    accent: Colour
    price: str
    serialized: bool


@dataclass(frozen=True)
class Product:
    sku: str
    gtin: str
    spec: ProductSpec
    category: str

    @property
    def image(self) -> str:
        return f"catalog/{self.sku}.jpg"


BLACK: Colour = (40, 40, 40)
GRAPHITE: Colour = (70, 66, 62)
WHITE: Colour = (242, 242, 242)
SILVER: Colour = (196, 196, 190)
STEEL: Colour = (170, 166, 160)
RED: Colour = (48, 48, 210)
ORANGE: Colour = (30, 130, 240)
YELLOW: Colour = (40, 205, 245)
GREEN: Colour = (70, 150, 60)
OLIVE: Colour = (60, 110, 100)
TEAL: Colour = (150, 150, 30)
BLUE: Colour = (190, 110, 40)
NAVY: Colour = (100, 50, 30)
DENIM: Colour = (150, 100, 60)
PINK: Colour = (170, 120, 240)
PURPLE: Colour = (150, 70, 120)
BROWN: Colour = (40, 80, 130)
DARK_BROWN: Colour = (30, 50, 85)
TAN: Colour = (120, 170, 210)
BURGUNDY: Colour = (50, 30, 120)
GREY: Colour = (130, 130, 130)

# SKU prefix, category id, products. Names are what a web shop would show; kinds pick the drawing.
CATALOG: list[tuple[str, str, list[ProductSpec]]] = [
    ("EL", "electronics", [
        ProductSpec("Wireless Noise-Cancelling Headphones", "headphones", BLACK, SILVER, "249.00", True),
        ProductSpec("Kids' On-Ear Headphones", "headphones_small", BLUE, YELLOW, "39.90", True),
        ProductSpec("Smartphone 6.1 in, 128 GB", "phone", GRAPHITE, BLUE, "699.00", True),
        ProductSpec("Tablet 10.9 in, 64 GB Wi-Fi", "tablet", SILVER, PURPLE, "449.00", True),
        ProductSpec("Ultrabook Laptop 14 in, 16 GB RAM", "laptop", GREY, TEAL, "1199.00", True),
        ProductSpec("Fitness Smartwatch with GPS", "watch", PINK, BLACK, "199.00", True),
        ProductSpec("Portable Bluetooth Speaker", "speaker", TEAL, BLACK, "79.90", True),
        ProductSpec("Wireless Game Controller", "controller", WHITE, RED, "59.90", True),
        ProductSpec("Mechanical Keyboard, US Layout", "keyboard", BLACK, ORANGE, "109.00", True),
        ProductSpec("Mirrorless Camera Body, 24 MP", "camera", BLACK, RED, "899.00", True),
    ]),
    ("AP", "apparel", [
        ProductSpec("Men's Cotton T-Shirt, size L", "tshirt", NAVY, WHITE, "19.90", False),
        ProductSpec("Women's V-Neck T-Shirt, size M", "tshirt_vneck", RED, WHITE, "17.90", False),
        ProductSpec("Unisex Zip Hoodie, size XL", "hoodie", GREY, WHITE, "49.90", False),
        ProductSpec("Men's Slim Fit Jeans, W32 L34", "jeans", DENIM, TAN, "59.90", False),
        ProductSpec("Women's Summer Dress, size S", "dress", YELLOW, WHITE, "44.90", False),
        ProductSpec("Waterproof Rain Jacket, size M", "jacket", ORANGE, BLACK, "89.00", False),
        ProductSpec("Baseball Cap, one size", "cap", GREEN, WHITE, "14.90", False),
        ProductSpec("Merino Wool Scarf", "scarf", BURGUNDY, TAN, "29.90", False),
        ProductSpec("Sports Socks, 3-pack, size 39-42", "socks", WHITE, BLUE, "9.90", False),
    ]),
    ("FW", "footwear", [
        ProductSpec("Men's Trail Running Shoe, size 44", "runner", ORANGE, GREY, "129.00", False),
        ProductSpec("Women's Road Running Shoe, size 38", "runner_low", PINK, WHITE, "119.00", False),
        ProductSpec("Kids' Light-Up Sneaker, size 30", "sneaker", BLUE, YELLOW, "39.90", False),
        ProductSpec("Leather Chelsea Boot, size 42", "chelsea", BROWN, BLACK, "149.00", False),
        ProductSpec("Waterproof Hiking Boot, size 43", "hiker", OLIVE, ORANGE, "169.00", False),
        ProductSpec("Women's Strappy Sandal, size 39", "sandal", TAN, DARK_BROWN, "49.90", False),
        ProductSpec("Rubber Rain Boot, size 37", "rainboot", YELLOW, GREY, "34.90", False),
        ProductSpec("Men's Leather Loafer, size 43", "loafer", DARK_BROWN, TAN, "89.90", False),
        ProductSpec("Felt House Slippers, size 40-41", "slipper", GREY, RED, "24.90", False),
    ]),
    ("HK", "home_kitchen", [
        ProductSpec("Stoneware Coffee Mug, 350 ml", "mug", BLUE, WHITE, "12.90", False),
        ProductSpec("Insulated Travel Mug, 450 ml", "travel_mug", STEEL, BLACK, "24.90", False),
        ProductSpec("Electric Kettle, 1.7 l", "kettle", WHITE, BLACK, "49.90", True),
        ProductSpec("2-Slice Toaster", "toaster", RED, SILVER, "39.90", True),
        ProductSpec("High-Speed Blender, 1200 W", "blender", BLACK, SILVER, "129.00", True),
        ProductSpec("Non-Stick Frying Pan, 28 cm", "pan", GRAPHITE, BROWN, "34.90", False),
        ProductSpec("Stainless Steel Saucepan, 20 cm", "saucepan", STEEL, BLACK, "39.90", False),
        ProductSpec("LED Desk Lamp, Dimmable", "lamp", WHITE, GREY, "44.90", True),
        ProductSpec("Drip Coffee Maker, 10 Cups", "coffee_maker", BLACK, SILVER, "69.90", True),
        ProductSpec("Porcelain Dinner Plates, Set of 6", "plates", WHITE, BLUE, "49.90", False),
    ]),
    ("TY", "toys", [
        ProductSpec("Die-Cast Toy Car, Red Racer", "car", RED, BLACK, "9.90", False),
        ProductSpec("Remote-Control Off-Road Truck", "truck", GREEN, BLACK, "59.90", True),
        ProductSpec("Plush Teddy Bear, 30 cm", "bear", BROWN, TAN, "24.90", False),
        ProductSpec("Building Blocks Set, 500 Pieces", "blocks", RED, BLUE, "39.90", False),
        ProductSpec("Rubber Duck Bath Toy", "duck", YELLOW, ORANGE, "5.90", False),
        ProductSpec("Camera Drone for Kids", "drone", GREY, RED, "89.90", True),
        ProductSpec("Programmable Robot Kit", "robot", WHITE, BLUE, "119.00", True),
        ProductSpec("Soft Foam Football, size 4", "football", WHITE, BLACK, "12.90", False),
        ProductSpec("Rainbow Stacking Rings", "rings", RED, TAN, "14.90", False),
    ]),
]


def gtin_check_digit(body: str) -> str:
    """GS1 mod-10: weights 3 and 1 alternate from the rightmost digit of the body."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def build_products() -> list[Product]:
    products: list[Product] = []
    for cat_index, (prefix, category, specs) in enumerate(CATALOG, start=1):
        for i, spec in enumerate(specs, start=1):
            item_ref = f"{cat_index}{i:04d}"
            body = GTIN_COMPANY_PREFIX + item_ref
            products.append(Product(f"{prefix}-{cat_index}{i:03d}", body + gtin_check_digit(body), spec, category))
    return products


# -------------------------------------------------------------------------------------- customers

def _plain(names: str) -> list[tuple[str, str]]:
    return [(n.replace("_", " "), "") for n in names.split()]


# (first names, surnames, how many customers to draw). Drawn within a culture, so names stay plausible.
# Hebrew and Russian customers are written in their own scripts, each part paired with the Latin
# transliteration that carriers print on labels.
NamePart = tuple[str, str]  # (as the customer writes it, Latin form for the label; "" if the same)
NAME_POOLS: list[tuple[list[NamePart], list[NamePart], int]] = [
    (_plain("Emma Olivia Noah Liam Grace Ethan Chloe Jack Amelia Oscar"),
     _plain("Smith Williams Clarke O'Brien Taylor Walsh Evans Hughes"), 30),
    (_plain("Jonas Lena Mia Felix Hannah Lukas Paul Clara"),
     _plain("Müller Schneider Fischer Becker Hofmann Wagner"), 16),
    (_plain("Chloé Hugo Léa Louis Camille Pierre"), _plain("Dubois Martin Bernard Lefèvre Moreau Laurent"), 12),
    (_plain("Mateo Lucía Carlos Sofía Javier Elena"), _plain("García Fernández Hernández López Martínez Ruiz"), 12),
    (_plain("Sofia Luca Giulia Marco Isabella Matteo"), _plain("Rossi Ferrari Esposito Bianchi Romano Colombo"), 10),
    (_plain("Anna Marta Tomasz Piotr Ewa Jakub"), _plain("Nowak Mazur Kaczmarek Krawczyk Novák Dvořák"), 10),
    (_plain("Sanne Lars Freya Daan Sara Emil"), _plain("de_Vries Johansson Nielsen van_Dijk Lindqvist Jansen"), 12),
    (_plain("Mehmet Elif Emre Zeynep"), _plain("Yılmaz Demir Kaya Şahin"), 5),
    (_plain("Omar Fatima Yusuf Layla"), _plain("Haddad Al-Sayed Mansour Khalil"), 5),
    (_plain("Wei Mei Jun Li"), _plain("Zhang Chen Wang Liu"), 4),
    (_plain("Yuki Kenji Haruto Aiko"), _plain("Tanaka Watanabe Sato Suzuki"), 4),
    (_plain("Priya Arjun Rohan Ananya"), _plain("Sharma Patel Nair Gupta"), 8),
    (_plain("Amara Chinedu Ngozi Tunde"), _plain("Okafor Adeyemi Eze Balogun"), 4),
    ([("נועה", "Noa"), ("יוסי", "Yossi"), ("מיכל", "Michal"), ("אבי", "Avi"), ("תמר", "Tamar")],
     [("כהן", "Cohen"), ("לוי", "Levi"), ("אברהם", "Avraham"), ("מזרחי", "Mizrahi"), ("פרץ", "Peretz")], 4),
]
# Russian surnames agree with gender, so whole names rather than parts.
RUSSIAN_CUSTOMERS: list[NamePart] = [
    ("Дмитрий Смирнов", "Dmitry Smirnov"), ("Ольга Кузнецова", "Olga Kuznetsova"),
    ("Сергей Попов", "Sergey Popov"), ("Екатерина Соколова", "Ekaterina Sokolova"),
]
# A few customers return a lot; the policy module flags repeat returners, so the demo needs some.
REPEAT_RETURNERS: list[tuple[NamePart, int]] = [
    (("Daniel Brown", ""), 7), (("Анна Иванова", "Anna Ivanova"), 5), (("Mehmet Öztürk", ""), 5),
    (("Olivia Bennett", ""), 4),
]


def build_customers() -> list[NamePart]:
    rng = random.Random(f"{SEED}-customers")
    customers: list[NamePart] = list(RUSSIAN_CUSTOMERS)
    for firsts, lasts, count in NAME_POOLS:
        combos = [(first, last) for first in firsts for last in lasts]
        for (first, first_latin), (last, last_latin) in rng.sample(combos, count):
            latin = f"{first_latin or first} {last_latin or last}" if first_latin or last_latin else ""
            customers.append((f"{first} {last}", latin))
    return customers


ADDRESSES: list[tuple[str, str]] = [
    ("12 Harbour Road", "Manchester M1 2AB, United Kingdom"), ("Hauptstrasse 41", "10115 Berlin, Germany"),
    ("221 Elm Street", "Springfield, IL 62701, USA"), ("Via Roma 8", "00184 Roma, Italy"),
    ("Rue des Lilas 3", "75011 Paris, France"), ("Calle Mayor 17", "28013 Madrid, Spain"),
    ("Herzl St 25", "Haifa 3303129, Israel"), ("Brivibas iela 14-9", "Riga LV-1050, Latvia"),
    ("Keizersgracht 110", "1016 Amsterdam, Netherlands"), ("Storgatan 5", "111 29 Stockholm, Sweden"),
    ("ul. Polna 22", "00-001 Warszawa, Poland"), ("Avenida da Liberdade 90", "1250 Lisboa, Portugal"),
    ("54 Queen's Park", "Dublin D02, Ireland"), ("Rothschild Blvd 60", "Tel Aviv 6578401, Israel"),
]
RETURNS_CENTRE = ["Returns Inspection Centre, Dock 4", "18 Logistics Park Way", "Leeds LS10 1AB, UK"]


def label_name(name: str, latin: str) -> str:
    if latin:
        return latin
    # Hershey fonts draw ASCII only, so accents are folded (García -> Garcia, Yılmaz -> Yilmaz).
    folded = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return folded.encode("ascii", "ignore").decode()


# ------------------------------------------------------------------------------------------- RMAs

REASONS = [
    "Changed my mind", "Arrived damaged", "Does not work", "Wrong size", "Not as described",
    "Wrong item sent", "Unopened, no longer needed",
]
SIZED_CATEGORIES = {"apparel", "footwear"}


@dataclass(frozen=True)
class RmaLine:
    rma_number: str
    order_number: str
    customer: str
    customer_latin: str
    reason: str
    purchase_date: str
    line_no: int
    product: Product
    quantity: int
    expected_serial: str


def _reason_for(rng: random.Random, product: Product) -> str:
    weights = {
        "Changed my mind": 20, "Arrived damaged": 12, "Does not work": 14 if product.spec.serialized else 0,
        "Wrong size": 30 if product.category in SIZED_CATEGORIES else 0, "Not as described": 10,
        "Wrong item sent": 6, "Unopened, no longer needed": 10,
    }
    return rng.choices(REASONS, weights=[weights[r] for r in REASONS])[0]


def build_rmas(products: Sequence[Product]) -> list[RmaLine]:
    rng = random.Random(f"{SEED}-rmas")
    customers = build_customers()
    # Repeat returners several times, everyone else once, then a second or third return for a few.
    pool = [c for c, k in REPEAT_RETURNERS for _ in range(k)] + customers
    while len(pool) < RMA_COUNT:
        pool.append(rng.choice(customers))
    pool = pool[:RMA_COUNT]
    rng.shuffle(pool)
    # Clothes and shoes are returned far more often than kitchenware; the weights say so.
    cat_weight = {"apparel": 5, "footwear": 4, "electronics": 3, "home_kitchen": 2, "toys": 2}
    weights = [cat_weight[p.category] for p in products]
    order_numbers = rng.sample(range(4_100_000, 4_999_999), RMA_COUNT)
    serials: set[str] = set()
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"  # no I/O: they are misread for 1/0 on stickers
    span = (PURCHASE_LAST - PURCHASE_FIRST).days
    lines: list[RmaLine] = []
    for i in range(RMA_COUNT):
        rma = f"RMA-{FIRST_RMA + i}"
        customer, customer_latin = pool[i]
        n_lines = 2 if rng.random() < 0.15 else 1
        chosen: list[Product] = []
        while len(chosen) < n_lines:
            p = rng.choices(products, weights=weights)[0]
            if p not in chosen:
                chosen.append(p)
        reason = _reason_for(rng, chosen[0])
        purchase = PURCHASE_FIRST + dt.timedelta(days=rng.randint(0, span))
        for line_no, product in enumerate(chosen, start=1):
            serial = ""
            if product.spec.serialized:
                while not serial or serial in serials:
                    serial = "SN" + "".join(rng.choice(alphabet) for _ in range(10))
                serials.add(serial)
            qty = 2 if not product.spec.serialized and product.category == "apparel" and rng.random() < 0.12 else 1
            lines.append(RmaLine(rma, f"SO-{order_numbers[i]}", customer, label_name(customer, customer_latin),
                                 reason, purchase.isoformat(), line_no, product, qty, serial))
    return lines


# ------------------------------------------------------------------------------------------ users

USERS: list[tuple[str, str, str]] = [
    ("Maria Santos", "inspector", "en"), ("Tom Baker", "inspector", "en"),
    ("נועה לוי", "inspector", "he"), ("Priya Nair", "inspector", "en"),
    ("Ahmed Hassan", "lead", "en"), ("Ольга Смирнова", "lead", "ru"),
    ("Jan Kowalski", "refurb", "en"), ("Admin Demo", "admin", "en"),
]


def build_users() -> list[dict[str, str]]:
    rng = random.Random(f"{SEED}-users")
    pins: set[str] = set()
    rows = []
    for i, (name, role, language) in enumerate(USERS, start=1):
        pin = ""
        # Repeated or sequential digits are what a PIN policy rejects; keep the demo honest.
        while not pin or pin in pins or len(set(pin)) < 3 or pin in "0123456789" or pin in "9876543210":
            pin = f"{rng.randint(0, 9999):04d}"
        pins.add(pin)
        rows.append({"name": name, "role": role, "badge_code": f"BADGE-{i:04d}", "pin": pin, "language": language})
    return rows


# -------------------------------------------------------------------------------------- CSV files


BRANDS = {"electronics": "Voltline", "home_kitchen": "Hearth & Co", "toys": "Playbright", "apparel": "Northwear",
          "footwear": "Northwear"}


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # "\n" line ends and UTF-8 without BOM, so the bytes are the same on every OS.
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_tables(out: Path, products: Sequence[Product], lines: Sequence[RmaLine]) -> None:
    write_csv(out / "products.csv", ["sku", "gtin", "name", "category", "price", "image", "serialized"],
              [(p.sku, p.gtin, p.spec.name, p.category, p.spec.price, p.image, str(p.spec.serialized).lower())
               for p in products])
    write_csv(out / "rmas.csv",
              ["rma_number", "order_number", "customer", "reason", "purchase_date", "line_no", "sku", "quantity",
               "expected_serial"],
              [(ln.rma_number, ln.order_number, ln.customer, ln.reason, ln.purchase_date, ln.line_no,
                ln.product.sku, ln.quantity, ln.expected_serial) for ln in lines])
    # The brand behind each product, for the web view's client users (a 3PL's brands see only their own returns).
    write_csv(out / "brands.csv", ["sku", "brand"], [(p.sku, BRANDS[p.category]) for p in products])
    users = build_users()
    write_csv(out / "users.csv", ["name", "role", "badge_code", "pin", "language"],
              [(u["name"], u["role"], u["badge_code"], u["pin"], u["language"]) for u in users])


# ------------------------------------------------------------------------------ catalog drawings

AA = cv2.LINE_AA


def shade(c: Colour, f: float) -> Colour:
    return tuple(int(max(0, min(255, v * f))) for v in c)  # type: ignore[return-value]


def pts(*xy: tuple[float, float]) -> np.ndarray:
    return np.array([[int(x), int(y)] for x, y in xy], np.int32)


def poly(img: Image, c: Colour, *xy: tuple[float, float], outline: bool = True) -> None:
    p = pts(*xy)
    cv2.fillPoly(img, [p], c, AA)
    if outline:
        cv2.polylines(img, [p], True, shade(c, 0.6), 2, AA)


def rrect(img: Image, x0: int, y0: int, x1: int, y1: int, r: int, c: Colour, outline: bool = True) -> None:
    cv2.rectangle(img, (x0 + r, y0), (x1 - r, y1), c, -1, AA)
    cv2.rectangle(img, (x0, y0 + r), (x1, y1 - r), c, -1, AA)
    for cx, cy in ((x0 + r, y0 + r), (x1 - r, y0 + r), (x0 + r, y1 - r), (x1 - r, y1 - r)):
        cv2.circle(img, (cx, cy), r, c, -1, AA)
    if outline:
        d = shade(c, 0.6)
        for a, b in (((x0 + r, y0), (x1 - r, y0)), ((x0 + r, y1), (x1 - r, y1)),
                     ((x0, y0 + r), (x0, y1 - r)), ((x1, y0 + r), (x1, y1 - r))):
            cv2.line(img, a, b, d, 2, AA)
        for (cx, cy), ang in (((x0 + r, y0 + r), 180), ((x1 - r, y0 + r), 270), ((x1 - r, y1 - r), 0),
                              ((x0 + r, y1 - r), 90)):
            cv2.ellipse(img, (cx, cy), (r, r), ang, 0, 90, d, 2, AA)


def ell(img: Image, cx: float, cy: float, ax: float, ay: float, c: Colour, ang: float = 0,
        outline: bool = True) -> None:
    cv2.ellipse(img, (int(cx), int(cy)), (int(ax), int(ay)), ang, 0, 360, c, -1, AA)
    if outline:
        cv2.ellipse(img, (int(cx), int(cy)), (int(ax), int(ay)), ang, 0, 360, shade(c, 0.6), 2, AA)


def line(img: Image, a: tuple[float, float], b: tuple[float, float], c: Colour, t: int = 3) -> None:
    cv2.line(img, (int(a[0]), int(a[1])), (int(b[0]), int(b[1])), c, t, AA)


def draw_headphones(img: Image, s: ProductSpec, small: bool = False) -> None:
    k = 0.8 if small else 1.0
    cv2.ellipse(img, (240, 230), (int(130 * k), int(150 * k)), 0, 190, 350, s.colour, int(26 * k), AA)
    cv2.ellipse(img, (240, 230), (int(130 * k), int(150 * k)), 0, 200, 340, s.accent, 6, AA)
    for sx in (-1, 1):
        cx = 240 + sx * int(130 * k)
        ell(img, cx, 260, 48 * k, 75 * k, s.colour)
        ell(img, cx - sx * 22 * k, 260, 26 * k, 58 * k, shade(s.colour, 0.7), outline=False)
        ell(img, cx + sx * 10 * k, 260, 18 * k, 30 * k, s.accent, outline=False)


def draw_phone(img: Image, s: ProductSpec, w: int = 150, h: int = 300) -> None:
    x0, y0 = 240 - w // 2, 215 - h // 2
    rrect(img, x0, y0, x0 + w, y0 + h, 22, s.colour)
    scr = img[y0 + 14:y0 + h - 14, x0 + 10:x0 + w - 10]
    grad = np.linspace(0, 1, scr.shape[0])[:, None, None]
    scr[:] = (np.array(s.accent) * (1 - grad) + np.array(shade(s.accent, 0.35)) * grad).astype(np.uint8)
    cv2.circle(img, (240, y0 + 24), 5, BLACK, -1, AA)
    for r in range(3):
        for col in range(4 if w > 200 else 3):
            cx = x0 + 30 + col * (w - 50) // (4 if w > 200 else 3)
            rrect(img, cx, y0 + 50 + r * 48, cx + 26, y0 + 76 + r * 48, 6, shade(WHITE, 0.9), outline=False)


def draw_laptop(img: Image, s: ProductSpec) -> None:
    rrect(img, 110, 90, 370, 270, 10, s.colour)
    cv2.rectangle(img, (124, 104), (356, 256), s.accent, -1)
    cv2.rectangle(img, (124, 104), (356, 130), shade(s.accent, 0.7), -1)
    poly(img, shade(s.colour, 1.15), (110, 272), (370, 272), (420, 340), (60, 340))
    for r in range(4):
        line(img, (95 + r * 8, 285 + r * 12), (385 - r * 8, 285 + r * 12), shade(s.colour, 0.8), 2)
    rrect(img, 200, 322, 280, 334, 4, shade(s.colour, 0.85))


def draw_watch(img: Image, s: ProductSpec) -> None:
    rrect(img, 200, 40, 280, 390, 20, s.colour)
    for y in (300, 325, 350):
        cv2.circle(img, (240, y), 5, shade(s.colour, 0.7), -1, AA)
    rrect(img, 170, 140, 310, 290, 34, s.accent)
    rrect(img, 184, 154, 296, 276, 26, (30, 30, 30), outline=False)
    cv2.putText(img, "10:09", (196, 222), cv2.FONT_HERSHEY_SIMPLEX, 0.9, WHITE, 2, AA)
    cv2.ellipse(img, (240, 250), (30, 12), 0, 180, 360, (60, 200, 60), 3, AA)
    rrect(img, 308, 190, 320, 225, 4, shade(s.accent, 1.3))


def draw_speaker(img: Image, s: ProductSpec) -> None:
    rrect(img, 70, 140, 410, 300, 70, s.colour)
    for y in range(165, 285, 14):
        for x in range(130, 360, 14):
            cv2.circle(img, (x + (7 if (y // 14) % 2 else 0), y), 3, shade(s.colour, 0.55), -1, AA)
    ell(img, 85, 220, 22, 78, s.accent)
    ell(img, 395, 220, 22, 78, s.accent)
    cv2.circle(img, (240, 300), 8, WHITE, -1, AA)


def draw_controller(img: Image, s: ProductSpec) -> None:
    ell(img, 150, 270, 70, 100, s.colour, ang=-30)
    ell(img, 330, 270, 70, 100, s.colour, ang=30)
    rrect(img, 110, 150, 370, 290, 60, s.colour, outline=False)
    cv2.rectangle(img, (140, 205), (196, 221), (60, 60, 60), -1)
    cv2.rectangle(img, (160, 185), (176, 241), (60, 60, 60), -1)
    for (dx, dy), c in zip(((0, -22), (22, 0), (0, 22), (-22, 0)), (GREEN, s.accent, BLUE, YELLOW), strict=True):
        cv2.circle(img, (315 + dx, 213 + dy), 10, c, -1, AA)
    for cx in (205, 275):
        ell(img, cx, 262, 22, 22, (50, 50, 50))


def draw_keyboard(img: Image, s: ProductSpec) -> None:
    poly(img, s.colour, (40, 150), (440, 150), (460, 320), (20, 320))
    for r in range(5):
        y = 165 + r * 30
        n = 12 if r < 4 else 3
        x, w = 48 - r * 3, (388 + r * 6) / 12
        for k in range(n):
            kw = w * (4 if r == 4 and k == 1 else 1)
            xx = x + (k * w if r < 4 else (0, w * 4, w * 8)[k])
            c = s.accent if (r == 0 and k == 0) or (r == 2 and k == 11) else shade(s.colour, 1.8)
            rrect(img, int(xx + 3), y, int(xx + kw - 3), y + 24, 4, c, outline=False)


def draw_camera(img: Image, s: ProductSpec) -> None:
    rrect(img, 80, 140, 400, 320, 20, s.colour)
    rrect(img, 160, 100, 300, 150, 10, shade(s.colour, 1.3))
    rrect(img, 80, 140, 140, 320, 20, shade(s.colour, 0.8))
    ell(img, 270, 235, 85, 85, (80, 80, 80))
    ell(img, 270, 235, 62, 62, (30, 30, 30))
    ell(img, 270, 235, 32, 32, (120, 70, 60), outline=False)
    cv2.circle(img, (255, 220), 10, (230, 230, 230), -1, AA)
    cv2.circle(img, (360, 125), 12, s.accent, -1, AA)


def tshirt_shape(img: Image, c: Colour, long_sleeves: bool, hem: int = 400) -> None:
    if long_sleeves:
        poly(img, c, (170, 80), (310, 80), (390, 140), (430, 360), (385, 370), (345, 200), (345, hem),
             (135, hem), (135, 200), (95, 370), (50, 360), (90, 140))
    else:
        poly(img, c, (170, 80), (310, 80), (420, 140), (385, 215), (345, 195), (345, hem), (135, hem), (135, 195),
             (95, 215), (60, 140))


def draw_tshirt(img: Image, s: ProductSpec, vneck: bool = False) -> None:
    tshirt_shape(img, s.colour, long_sleeves=False)
    if vneck:
        poly(img, WHITE, (195, 80), (285, 80), (240, 150), outline=False)
        cv2.polylines(img, [pts((195, 80), (240, 150), (285, 80))], False, shade(s.colour, 0.6), 4, AA)
    else:
        cv2.ellipse(img, (240, 80), (48, 32), 0, 0, 180, WHITE, -1, AA)
        cv2.ellipse(img, (240, 80), (48, 32), 0, 0, 180, s.accent, 6, AA)
    cv2.putText(img, "23", (200, 300), cv2.FONT_HERSHEY_DUPLEX, 2.4, s.accent, 4, AA) if not vneck else None


def draw_hoodie(img: Image, s: ProductSpec) -> None:
    tshirt_shape(img, s.colour, long_sleeves=True)
    ell(img, 240, 95, 70, 50, shade(s.colour, 0.8))
    ell(img, 240, 105, 40, 30, shade(s.colour, 0.5), outline=False)
    line(img, (240, 135), (240, 400), shade(s.colour, 0.5), 4)
    for x in (225, 255):
        line(img, (x, 140), (x, 210), s.accent, 3)
    poly(img, shade(s.colour, 0.9), (170, 300), (310, 300), (330, 370), (150, 370))


def draw_jacket(img: Image, s: ProductSpec) -> None:
    tshirt_shape(img, s.colour, long_sleeves=True, hem=410)
    poly(img, shade(s.colour, 0.85), (190, 70), (290, 70), (270, 120), (210, 120))
    line(img, (240, 110), (240, 410), s.accent, 5)
    for y in (250, 320):
        line(img, (160, y), (210, y + 10), s.accent, 3)
        line(img, (320, y), (270, y + 10), s.accent, 3)


def draw_jeans(img: Image, s: ProductSpec) -> None:
    poly(img, s.colour, (150, 50), (330, 50), (350, 410), (260, 410), (240, 150), (220, 410), (130, 410))
    cv2.rectangle(img, (150, 50), (330, 76), shade(s.colour, 0.8), -1)
    cv2.circle(img, (240, 63), 6, s.accent, -1, AA)
    for sx in (-1, 1):
        cv2.ellipse(img, (240 + sx * 90, 76), (40, 45), 0, 0 if sx < 0 else 90, 90 if sx < 0 else 180,
                    s.accent, 2, AA)
    line(img, (240, 76), (240, 150), s.accent, 2)


def draw_dress(img: Image, s: ProductSpec) -> None:
    poly(img, s.colour, (190, 70), (290, 70), (300, 200), (390, 410), (90, 410), (180, 200))
    for x in (195, 285):
        line(img, (x, 70), (x + (10 if x < 240 else -10), 40), s.colour, 6)
    cv2.rectangle(img, (178, 195), (302, 212), s.accent, -1)
    rng = random.Random(s.name)
    for _ in range(40):
        x, y = rng.randint(130, 350), rng.randint(230, 395)
        if abs(x - 240) < (y - 200) * 0.72 + 60:
            cv2.circle(img, (x, y), 6, s.accent, -1, AA)
            cv2.circle(img, (x, y), 2, ORANGE, -1, AA)


def draw_cap(img: Image, s: ProductSpec) -> None:
    cv2.ellipse(img, (220, 270), (130, 120), 0, 180, 360, s.colour, -1, AA)
    cv2.ellipse(img, (220, 270), (130, 120), 0, 180, 360, shade(s.colour, 0.6), 2, AA)
    poly(img, shade(s.colour, 0.8), (300, 262), (440, 280), (430, 305), (300, 290))
    for a in (220, 270, 320):
        cv2.ellipse(img, (220, 270), (130, 120), 0, a, a + 1, shade(s.colour, 0.6), 2, AA)
        line(img, (220, 150), (220 + 130 * np.cos(np.radians(a)), 270 + 120 * np.sin(np.radians(a))),
             shade(s.colour, 0.7), 2)
    cv2.circle(img, (220, 152), 10, s.accent, -1, AA)
    cv2.rectangle(img, (90, 262), (350, 275), shade(s.colour, 0.7), -1)


def draw_scarf(img: Image, s: ProductSpec) -> None:
    band = [(120, 60), (200, 60), (330, 380), (250, 380)]
    poly(img, s.colour, *band)
    for t in np.linspace(0.1, 0.9, 6):
        a = (120 + 80 * 0 + (250 - 120) * t, 60 + 320 * t)
        b = (200 + (330 - 200) * t, 60 + 320 * t)
        line(img, a, b, s.accent, 8)
    for x in range(254, 330, 8):
        line(img, (x, 380), (x + 6, 420), s.colour, 3)


def draw_socks(img: Image, s: ProductSpec) -> None:
    for dx, c in ((-70, s.colour), (70, shade(s.colour, 0.92))):
        x = 220 + dx
        poly(img, c, (x - 40, 60), (x + 40, 60), (x + 40, 300), (x + 120, 330), (x + 120, 390), (x - 40, 390))
        cv2.rectangle(img, (x - 40, 60), (x + 40, 90), s.accent, -1)
        cv2.rectangle(img, (x - 40, 100), (x + 40, 110), s.accent, -1)
        cv2.ellipse(img, (x + 110, 360), (30, 30), 0, -90, 90, s.accent, -1, AA)
        cv2.ellipse(img, (x - 30, 360), (30, 30), 0, 90, 270, shade(s.accent, 1.2), -1, AA)


def shoe(img: Image, s: ProductSpec, height: int = 90, sole: Colour = WHITE, sole_h: int = 26,
         laces: bool = True, toe_up: int = 10) -> None:
    """Side view, heel on the left: the collar is the highest point and the vamp slopes to the toe."""
    ys = 330
    top = ys - sole_h - height
    poly(img, sole, (60, ys - sole_h), (425, ys - sole_h - toe_up), (445, ys - 14 - toe_up), (425, ys),
         (75, ys), (55, ys - 12))
    upper = [(68, ys - sole_h), (72, top + 10), (95, top), (150, top + 18), (200, top + 4),
             (330, ys - sole_h - height * 0.42), (410, ys - sole_h - height * 0.22 - toe_up),
             (432, ys - sole_h - toe_up)]
    poly(img, s.colour, *upper)
    cv2.ellipse(img, (122, top + 8), (30, 10), 8, 0, 360, shade(s.colour, 0.45), -1, AA)
    if laces:
        for i in range(5):
            x = 190 + i * 26
            y = top + 8 + (x - 190) * (height * 0.55) / 140
            line(img, (x - 10, y - 6), (x + 12, y + 8), s.accent, 4)
    cv2.ellipse(img, (235, ys - sole_h - 28), (110, 26), -6, 195, 345, s.accent, 6, AA)
    rrect(img, 62, top + 20, 92, ys - sole_h - 6, 10, shade(s.colour, 0.8))


def draw_runner(img: Image, s: ProductSpec, low: bool = False) -> None:
    shoe(img, s, height=85 if low else 110, sole=s.accent if not low else WHITE, sole_h=34 if not low else 24)
    if not low:
        for x in range(90, 420, 30):
            line(img, (x, 330), (x + 12, 318), shade(s.accent, 0.6), 3)


def draw_sneaker(img: Image, s: ProductSpec) -> None:
    shoe(img, s, height=80, sole=WHITE, sole_h=30, toe_up=0)
    for x in range(110, 400, 40):
        cv2.circle(img, (x, 318), 6, s.accent, -1, AA)
    cv2.rectangle(img, (70, 232), (95, 262), s.accent, -1)


def boot(img: Image, s: ProductSpec, shaft: int, laces: bool, sole: Colour, sole_h: int) -> None:
    """Side view, heel on the left: the shaft rises above the heel, the foot runs to the toe."""
    y = 340
    ys = y - sole_h
    poly(img, sole, (70, ys), (415, ys), (430, y - 10), (410, y), (80, y), (64, y - 10))
    poly(img, s.colour, (78, ys), (88, ys - shaft), (205, ys - shaft), (215, ys - 120), (330, ys - 70),
         (405, ys - 38), (420, ys))
    if laces:
        for i in range(7):
            yy = ys - 110 - i * (shaft - 120) / 6
            line(img, (190, yy + 8), (222, yy - 8), s.accent, 5)
            cv2.circle(img, (200, int(yy)), 4, SILVER, -1, AA)
        for i in range(3):
            line(img, (230 + i * 30, ys - 108 + i * 12), (254 + i * 30, ys - 92 + i * 12), s.accent, 5)


def draw_chelsea(img: Image, s: ProductSpec) -> None:
    boot(img, s, shaft=220, laces=False, sole=s.accent, sole_h=20)
    ys = 340 - 20
    poly(img, (45, 45, 45), (125, ys - 220), (175, ys - 220), (162, ys - 100), (138, ys - 100))
    rrect(img, 84, ys - 255, 106, ys - 210, 7, s.accent)


def draw_hiker(img: Image, s: ProductSpec) -> None:
    boot(img, s, shaft=190, laces=True, sole=(50, 50, 50), sole_h=36)
    for x in range(80, 410, 25):
        line(img, (x, 340), (x + 10, 328), (20, 20, 20), 4)
    cv2.rectangle(img, (88, 340 - 36 - 190), (205, 340 - 36 - 172), shade(s.colour, 0.7), -1)


def draw_rainboot(img: Image, s: ProductSpec) -> None:
    boot(img, s, shaft=290, laces=False, sole=s.accent, sole_h=22)
    line(img, (115, 60), (115, 260), shade(s.colour, 1.25), 10)
    cv2.rectangle(img, (88, 340 - 22 - 290), (205, 340 - 22 - 272), shade(s.colour, 0.75), -1)


def draw_sandal(img: Image, s: ProductSpec) -> None:
    ell(img, 240, 300, 190, 36, s.accent)
    ell(img, 240, 292, 176, 26, s.colour, outline=False)
    for x, w in ((130, 26), (210, 22), (300, 22)):
        cv2.ellipse(img, (x, 290), (w + 28, 70), 0, 180, 360, s.colour, 12, AA)
    cv2.ellipse(img, (380, 260), (40, 50), 0, 200, 360, s.colour, 10, AA)
    cv2.circle(img, (420, 250), 8, SILVER, -1, AA)


def draw_loafer(img: Image, s: ProductSpec) -> None:
    shoe(img, s, height=60, sole=shade(s.colour, 0.6), sole_h=18, laces=False, toe_up=4)
    cv2.rectangle(img, (215, 262), (290, 272), s.accent, -1)
    cv2.circle(img, (252, 267), 8, SILVER, -1, AA)


def draw_slipper(img: Image, s: ProductSpec) -> None:
    ell(img, 240, 300, 190, 50, shade(s.colour, 0.75))
    cv2.ellipse(img, (180, 290), (130, 90), 0, 180, 360, s.colour, -1, AA)
    cv2.ellipse(img, (180, 290), (130, 90), 0, 180, 360, shade(s.colour, 0.6), 2, AA)
    for x in range(90, 280, 18):
        line(img, (x, 240), (x + 6, 250), s.accent, 3)
    cv2.circle(img, (150, 230), 16, s.accent, -1, AA)


def draw_mug(img: Image, s: ProductSpec) -> None:
    cv2.ellipse(img, (320, 230), (70, 80), 0, -90, 90, s.colour, 26, AA)
    rrect(img, 120, 110, 320, 360, 24, s.colour)
    ell(img, 220, 118, 98, 18, shade(s.colour, 0.55))
    cv2.ellipse(img, (220, 240), (50, 30), 0, 0, 360, s.accent, 6, AA)
    cv2.circle(img, (205, 235), 6, s.accent, -1, AA)
    cv2.circle(img, (235, 235), 6, s.accent, -1, AA)


def draw_travel_mug(img: Image, s: ProductSpec) -> None:
    poly(img, s.colour, (180, 90), (300, 90), (285, 390), (195, 390))
    rrect(img, 168, 50, 312, 100, 14, s.accent)
    rrect(img, 270, 40, 300, 58, 6, shade(s.accent, 1.5))
    cv2.rectangle(img, (186, 200), (294, 250), s.accent, -1)
    line(img, (205, 110), (210, 380), shade(s.colour, 1.25), 8)


def draw_kettle(img: Image, s: ProductSpec) -> None:
    rrect(img, 120, 345, 360, 380, 10, s.accent)
    poly(img, s.colour, (150, 120), (320, 120), (350, 345), (130, 345))
    poly(img, s.colour, (150, 170), (80, 110), (70, 120), (135, 220))
    cv2.ellipse(img, (330, 220), (70, 110), 0, -80, 80, s.accent, 22, AA)
    rrect(img, 170, 100, 300, 130, 10, s.accent)
    cv2.rectangle(img, (220, 170), (250, 320), (210, 190, 160), -1)
    cv2.circle(img, (330, 330), 7, (60, 60, 230), -1, AA)


def draw_toaster(img: Image, s: ProductSpec) -> None:
    rrect(img, 80, 140, 400, 350, 50, s.colour)
    for x in (150, 270):
        rrect(img, x, 128, x + 80, 150, 8, (40, 40, 40), outline=False)
    rrect(img, 390, 200, 420, 230, 6, s.accent)
    cv2.circle(img, (240, 300), 16, s.accent, -1, AA)
    line(img, (110, 180), (110, 310), shade(s.colour, 1.35), 8)
    rrect(img, 100, 350, 140, 362, 4, (40, 40, 40))
    rrect(img, 340, 350, 380, 362, 4, (40, 40, 40))


def draw_blender(img: Image, s: ProductSpec) -> None:
    rrect(img, 150, 290, 330, 400, 18, s.colour)
    cv2.circle(img, (240, 345), 20, s.accent, -1, AA)
    jar = img.copy()
    poly(jar, (235, 225, 215), (160, 90), (320, 90), (300, 290), (180, 290))
    cv2.addWeighted(jar, 0.8, img, 0.2, 0, img)
    cv2.polylines(img, [pts((160, 90), (320, 90), (300, 290), (180, 290))], True, s.accent, 3, AA)
    rrect(img, 152, 70, 328, 96, 8, s.colour)
    cv2.ellipse(img, (340, 180), (30, 70), 0, -90, 90, s.colour, 14, AA)
    for y in range(130, 280, 30):
        line(img, (175, y), (195, y), s.accent, 2)
    line(img, (210, 270), (270, 262), SILVER, 5)


def draw_pan(img: Image, s: ProductSpec) -> None:
    ell(img, 200, 230, 150, 150, s.colour)
    ell(img, 200, 230, 128, 128, shade(s.colour, 0.7), outline=False)
    cv2.circle(img, (170, 200), 40, shade(s.colour, 0.85), -1, AA)
    poly(img, s.accent, (340, 210), (460, 170), (470, 195), (350, 250))
    cv2.circle(img, (450, 185), 6, WHITE, -1, AA)


def draw_saucepan(img: Image, s: ProductSpec) -> None:
    rrect(img, 110, 170, 330, 350, 18, s.colour)
    line(img, (130, 190), (130, 330), shade(s.colour, 1.3), 10)
    poly(img, s.accent, (330, 200), (460, 180), (462, 205), (330, 230))
    ell(img, 220, 170, 118, 22, shade(s.colour, 1.1))
    cv2.ellipse(img, (220, 160), (120, 30), 0, 180, 360, SILVER, -1, AA)
    ell(img, 220, 128, 20, 10, s.accent)


def draw_lamp(img: Image, s: ProductSpec) -> None:
    ell(img, 160, 380, 90, 22, s.colour)
    line(img, (160, 375), (220, 200), s.accent, 12)
    line(img, (220, 200), (350, 130), s.accent, 12)
    cv2.circle(img, (220, 200), 12, s.colour, -1, AA)
    poly(img, s.colour, (320, 110), (410, 150), (390, 190), (300, 150))
    glow = img.copy()
    poly(glow, (170, 240, 255), (300, 170), (390, 200), (430, 390), (260, 390), outline=False)
    cv2.addWeighted(glow, 0.35, img, 0.65, 0, img)


def draw_coffee_maker(img: Image, s: ProductSpec) -> None:
    rrect(img, 110, 60, 350, 120, 12, s.colour)
    cv2.rectangle(img, (110, 100), (170, 380), s.colour, -1)
    rrect(img, 110, 370, 350, 400, 8, s.colour)
    poly(img, (200, 220, 230), (190, 210), (310, 210), (320, 360), (180, 360))
    poly(img, (30, 60, 100), (186, 280), (314, 280), (320, 360), (180, 360), outline=False)
    cv2.ellipse(img, (320, 290), (30, 45), 0, -90, 90, s.accent, 10, AA)
    cv2.rectangle(img, (180, 200), (320, 215), s.accent, -1)
    cv2.circle(img, (140, 150), 10, (60, 60, 230), -1, AA)


def draw_plates(img: Image, s: ProductSpec) -> None:
    for i in range(6):
        y = 330 - i * 14
        ell(img, 240, y, 190, 48, s.colour)
        cv2.ellipse(img, (240, y), (190, 48), 0, 0, 360, s.accent, 4, AA)
    ell(img, 240, 260, 120, 28, shade(s.colour, 0.96), outline=False)
    cv2.ellipse(img, (240, 260), (165, 40), 0, 0, 360, s.accent, 3, AA)


def draw_car(img: Image, s: ProductSpec, truck: bool = False) -> None:
    if truck:
        rrect(img, 60, 180, 420, 290, 20, s.colour)
        poly(img, shade(s.colour, 0.85), (150, 180), (190, 110), (320, 110), (350, 180))
        poly(img, (230, 210, 180), (170, 175), (200, 122), (245, 122), (245, 175), outline=False)
        poly(img, (230, 210, 180), (255, 175), (255, 122), (310, 122), (335, 175), outline=False)
        for x in (130, 350):
            ell(img, x, 300, 62, 62, s.accent)
            ell(img, x, 300, 28, 28, SILVER)
        line(img, (90, 185), (90, 120), BLACK, 3)
    else:
        poly(img, s.colour, (40, 300), (50, 240), (140, 215), (190, 160), (320, 160), (380, 215), (445, 235),
             (450, 300))
        poly(img, (230, 210, 180), (200, 172), (252, 172), (252, 215), (160, 215), outline=False)
        poly(img, (230, 210, 180), (262, 172), (312, 172), (360, 215), (262, 215), outline=False)
        line(img, (60, 260), (440, 260), WHITE, 6)
        for x in (130, 360):
            ell(img, x, 305, 42, 42, s.accent)
            ell(img, x, 305, 18, 18, SILVER)
        cv2.putText(img, "7", (210, 290), cv2.FONT_HERSHEY_DUPLEX, 1.3, WHITE, 3, AA)


def draw_bear(img: Image, s: ProductSpec) -> None:
    ell(img, 240, 300, 100, 95, s.colour)
    ell(img, 240, 310, 55, 60, s.accent, outline=False)
    for sx in (-1, 1):
        ell(img, 240 + sx * 105, 270, 35, 55, s.colour, ang=sx * 30)
        ell(img, 240 + sx * 70, 385, 45, 30, s.colour)
        ell(img, 240 + sx * 70, 390, 22, 16, s.accent, outline=False)
        ell(img, 240 + sx * 70, 80, 32, 32, s.colour)
        ell(img, 240 + sx * 70, 80, 16, 16, s.accent, outline=False)
    ell(img, 240, 150, 95, 85, s.colour)
    ell(img, 240, 180, 40, 30, s.accent, outline=False)
    cv2.circle(img, (240, 170), 10, (30, 30, 30), -1, AA)
    for sx in (-1, 1):
        cv2.circle(img, (240 + sx * 35, 130), 9, (30, 30, 30), -1, AA)
    cv2.rectangle(img, (180, 215), (300, 232), (60, 60, 200), -1)


def draw_blocks(img: Image, s: ProductSpec) -> None:
    layout = [(60, 300, 160, RED), (220, 300, 160, BLUE), (140, 220, 160, YELLOW), (300, 220, 100, GREEN),
              (100, 140, 100, GREEN), (200, 140, 160, ORANGE)]
    for x, y, w, c in layout:
        cv2.rectangle(img, (x, y), (x + w, y + 80), c, -1)
        cv2.rectangle(img, (x, y), (x + w, y + 80), shade(c, 0.6), 2)
        for k in range(w // 40):
            cx = x + 20 + k * 40
            cv2.rectangle(img, (cx - 12, y - 12), (cx + 12, y), shade(c, 0.85), -1)


def draw_duck(img: Image, s: ProductSpec) -> None:
    ell(img, 230, 300, 150, 85, s.colour)
    poly(img, s.colour, (80, 280), (60, 220), (130, 260))
    ell(img, 300, 170, 75, 70, s.colour)
    poly(img, s.accent, (360, 170), (430, 180), (365, 205))
    cv2.circle(img, (320, 150), 11, (30, 30, 30), -1, AA)
    cv2.circle(img, (324, 146), 4, WHITE, -1, AA)
    cv2.ellipse(img, (210, 290), (70, 35), 15, 0, 180, shade(s.colour, 0.8), 5, AA)


def draw_drone(img: Image, s: ProductSpec) -> None:
    for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        line(img, (240, 230), (240 + dx * 140, 230 + dy * 100), s.colour, 16)
        ell(img, 240 + dx * 140, 230 + dy * 100, 70, 18, (200, 200, 200))
        cv2.circle(img, (240 + dx * 140, 230 + dy * 100), 12, s.accent, -1, AA)
    rrect(img, 180, 190, 300, 270, 24, s.colour)
    ell(img, 240, 285, 24, 20, (30, 30, 30))
    cv2.circle(img, (240, 285), 8, (160, 100, 60), -1, AA)


def draw_robot(img: Image, s: ProductSpec) -> None:
    line(img, (240, 60), (240, 95), (60, 60, 60), 4)
    cv2.circle(img, (240, 56), 10, s.accent, -1, AA)
    rrect(img, 170, 95, 310, 185, 18, s.colour)
    for sx in (-1, 1):
        ell(img, 240 + sx * 35, 140, 18, 18, s.accent)
        cv2.circle(img, (240 + sx * 35, 140), 7, WHITE, -1, AA)
    rrect(img, 150, 195, 330, 335, 16, s.colour)
    rrect(img, 195, 225, 285, 295, 8, s.accent)
    for sx in (-1, 1):
        line(img, (240 + sx * 95, 215), (240 + sx * 135, 300), (90, 90, 90), 14)
        cv2.circle(img, (240 + sx * 135, 305), 16, s.accent, -1, AA)
        ell(img, 240 + sx * 55, 370, 40, 40, (60, 60, 60))
        ell(img, 240 + sx * 55, 370, 15, 15, SILVER)


def draw_football(img: Image, s: ProductSpec) -> None:
    ell(img, 240, 220, 160, 160, s.colour)
    for a in range(0, 360, 72):
        r = np.radians(a - 90)
        cx, cy = 240 + 110 * np.cos(r), 220 + 110 * np.sin(r)
        cv2.fillPoly(img, [_pentagon(cx, cy, 34, a)], s.accent, AA)
        line(img, (240 + 48 * np.cos(r), 220 + 48 * np.sin(r)), (cx - 30 * np.cos(r), cy - 30 * np.sin(r)),
             s.accent, 3)
    cv2.fillPoly(img, [_pentagon(240, 220, 44, 180)], s.accent, AA)


def _pentagon(cx: float, cy: float, r: float, rot: float) -> np.ndarray:
    a = np.radians(np.arange(5) * 72 + rot - 90)
    return np.stack([cx + r * np.cos(a), cy + r * np.sin(a)], axis=1).astype(np.int32)


def draw_rings(img: Image, s: ProductSpec) -> None:
    ell(img, 240, 380, 130, 28, s.accent)
    cv2.rectangle(img, (226, 90), (254, 380), s.accent, -1)
    colours = [RED, ORANGE, YELLOW, GREEN, BLUE, PURPLE]
    for i, c in enumerate(colours):
        y = 350 - i * 42
        ell(img, 240, y, 125 - i * 14, 30, c)
    ell(img, 240, 92, 30, 24, RED)


DRAWERS: dict[str, Callable[[Image, ProductSpec], None]] = {
    "headphones": draw_headphones,
    "headphones_small": lambda i, s: draw_headphones(i, s, small=True),
    "phone": draw_phone,
    "tablet": lambda i, s: draw_phone(i, s, w=330, h=240),
    "laptop": draw_laptop, "watch": draw_watch, "speaker": draw_speaker, "controller": draw_controller,
    "keyboard": draw_keyboard, "camera": draw_camera,
    "tshirt": draw_tshirt, "tshirt_vneck": lambda i, s: draw_tshirt(i, s, vneck=True),
    "hoodie": draw_hoodie, "jeans": draw_jeans, "dress": draw_dress, "jacket": draw_jacket, "cap": draw_cap,
    "scarf": draw_scarf, "socks": draw_socks,
    "runner": draw_runner, "runner_low": lambda i, s: draw_runner(i, s, low=True), "sneaker": draw_sneaker,
    "chelsea": draw_chelsea, "hiker": draw_hiker, "sandal": draw_sandal, "rainboot": draw_rainboot,
    "loafer": draw_loafer, "slipper": draw_slipper,
    "mug": draw_mug, "travel_mug": draw_travel_mug, "kettle": draw_kettle, "toaster": draw_toaster,
    "blender": draw_blender, "pan": draw_pan, "saucepan": draw_saucepan, "lamp": draw_lamp,
    "coffee_maker": draw_coffee_maker, "plates": draw_plates,
    "car": draw_car, "truck": lambda i, s: draw_car(i, s, truck=True), "bear": draw_bear, "blocks": draw_blocks,
    "duck": draw_duck, "drone": draw_drone, "robot": draw_robot, "football": draw_football, "rings": draw_rings,
}

CATALOG_SIZE = 480


def fit_text(img: Image, text: str, centre_x: int, baseline: int, max_w: int, scale: float,
             colour: Colour = (90, 90, 90), thickness: int = 1, font: int = cv2.FONT_HERSHEY_SIMPLEX) -> None:
    (w, _), _ = cv2.getTextSize(text, font, scale, thickness)
    if w > max_w:
        scale *= max_w / w
        (w, _), _ = cv2.getTextSize(text, font, scale, thickness)
    cv2.putText(img, text, (centre_x - w // 2, baseline), font, scale, colour, thickness, AA)


def catalog_image(product: Product) -> Image:
    img = np.full((CATALOG_SIZE, CATALOG_SIZE, 3), 255, np.uint8)
    DRAWERS[product.spec.kind](img, product.spec)
    # Stand every drawing on the same floor line, centred, whatever coordinates its drawer used.
    ys, xs = np.nonzero((img < 250).any(axis=2))
    dx, dy = 240 - (xs.min() + xs.max()) // 2, 405 - ys.max()
    img = cv2.warpAffine(img, np.float32([[1, 0, dx], [0, 1, dy]]), (CATALOG_SIZE, CATALOG_SIZE),
                         borderValue=(255, 255, 255))
    # A soft floor shadow makes the flat drawing read as a studio product shot.
    shadow = np.zeros((CATALOG_SIZE, CATALOG_SIZE), np.float32)
    cv2.ellipse(shadow, (240, 408), (max(60, (xs.max() - xs.min()) // 2), 14), 0, 0, 360, 1.0, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), 9)
    white = (img >= 250).all(axis=2)
    img[white] = (img[white] * (1 - 0.2 * shadow[white][:, None])).astype(np.uint8)
    fit_text(img, product.spec.name, 240, 452, 450, 0.55, (70, 70, 70))
    fit_text(img, product.sku, 240, 472, 200, 0.4, (140, 140, 140))
    return img


# ----------------------------------------------------------------------------------------- labels

LABEL_W, LABEL_H = 800, 500
HERSHEY = cv2.FONT_HERSHEY_SIMPLEX
HERSHEY_BOLD = cv2.FONT_HERSHEY_DUPLEX


@dataclass(frozen=True)
class LabelSpec:
    file: str
    format: str  # named as zxing-cpp names BarcodeFormat members
    expected_text: str
    rma_number: str
    line: RmaLine


def gs1_hri(line: RmaLine) -> str:
    return f"(01)0{line.product.gtin}(21){line.expected_serial}"


def code_image(fmt: str, text: str, scale: int) -> Image:
    if fmt == "DataMatrix":
        # gs1=True puts FNC1 first, so readers report GS1 content; without it the brackets are literal text.
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.DataMatrix, gs1=True)
    elif fmt == "QRCode":
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    else:
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128)
    return np.array(zxingcpp.write_barcode_to_image(barcode, scale=scale, add_quiet_zones=True))


def address_for(line: RmaLine) -> tuple[str, str]:
    # Seeded by the customer, so a repeat returner sends from the same address every time.
    return random.Random(f"{SEED}-address-{line.customer}").choice(ADDRESSES)


def label_image(spec: LabelSpec) -> Image:
    img = np.full((LABEL_H, LABEL_W), 255, np.uint8)
    ln = spec.line
    cv2.rectangle(img, (0, 0), (LABEL_W, 78), 0, -1)
    cv2.putText(img, "RETURN", (24, 58), HERSHEY_BOLD, 1.7, 255, 3, AA)
    cv2.putText(img, "PREPAID RETURN  -  DELIVER TO RETURNS DOCK 4", (300, 50), HERSHEY, 0.55, 255, 1, AA)
    cv2.rectangle(img, (4, 4), (LABEL_W - 5, LABEL_H - 5), 0, 2)
    street, city = address_for(ln)
    y = 110
    cv2.putText(img, "FROM", (24, y), HERSHEY, 0.45, 0, 1, AA)
    for i, t in enumerate((ln.customer_latin, street, city)):
        cv2.putText(img, t, (24, y + 24 + i * 24), HERSHEY, 0.6, 0, 1, AA)
    y = 220
    cv2.putText(img, "TO", (24, y), HERSHEY, 0.45, 0, 1, AA)
    for i, t in enumerate(RETURNS_CENTRE):
        cv2.putText(img, t, (24, y + 26 + i * 26), HERSHEY_BOLD if i == 0 else HERSHEY, 0.65, 0,
                    2 if i == 0 else 1, AA)
    cv2.line(img, (24, 318), (440, 318), 0, 1)
    cv2.putText(img, ln.rma_number, (24, 362), HERSHEY_BOLD, 1.3, 0, 2, AA)
    cv2.putText(img, f"Order {ln.order_number}   Lines: see packing slip", (24, 392), HERSHEY, 0.5, 0, 1, AA)
    if spec.format == "Code128":
        code = code_image("Code128", spec.expected_text, 3)
        code = cv2.resize(code, (code.shape[1], 90), interpolation=cv2.INTER_NEAREST)
        h, w = code.shape
        x0 = LABEL_W - w - 24
        img[345:345 + h, x0:x0 + w] = code
        fit_text(img, spec.expected_text, x0 + w // 2, 458, w, 0.55, 0)
        cv2.putText(img, "Scan the barcode at the", (470, 130), HERSHEY, 0.55, 0, 1, AA)
        cv2.putText(img, "returns dock. Keep this", (470, 155), HERSHEY, 0.55, 0, 1, AA)
        cv2.putText(img, "label visible on the parcel.", (470, 180), HERSHEY, 0.55, 0, 1, AA)
    else:
        scale = 8 if spec.format == "QRCode" else 7
        code = code_image(spec.format, spec.expected_text, scale)
        h, w = code.shape
        cx, cy = 610, 250
        img[cy - h // 2:cy - h // 2 + h, cx - w // 2:cx - w // 2 + w] = code
        caption = spec.expected_text if spec.format == "DataMatrix" else "Scan at returns dock"
        fit_text(img, caption, cx, cy + h // 2 + 24, 330, 0.5, 0)
        if spec.format == "DataMatrix":
            fit_text(img, f"SKU {ln.product.sku}  line {ln.line_no}", cx, cy - h // 2 - 10, 330, 0.5, 0)
    cv2.putText(img, "Synthetic demo label - Returns Inspection Station", (24, 480), HERSHEY, 0.4, 90, 1, AA)
    return img


def choose_labels(lines: Sequence[RmaLine]) -> list[LabelSpec]:
    rng = random.Random(f"{SEED}-labels")
    first_lines = [ln for ln in lines if ln.line_no == 1]
    serial_lines = [ln for ln in lines if ln.expected_serial]
    # Spread over the RMA range so the demo isn't always RMA-100001; include the first for the README.
    qr = [first_lines[0], *rng.sample(first_lines[1:], 9)]
    remaining = [ln for ln in first_lines if ln not in qr]
    c128 = rng.sample(remaining, 10)
    dm = rng.sample(serial_lines, 10)
    specs = [LabelSpec(f"{ln.rma_number}_qr.png", "QRCode", ln.rma_number, ln.rma_number, ln) for ln in qr]
    specs += [LabelSpec(f"{ln.rma_number}_code128.png", "Code128", ln.rma_number, ln.rma_number, ln) for ln in c128]
    specs += [LabelSpec(f"{ln.rma_number}-{ln.line_no}_gs1dm.png", "DataMatrix", gs1_hri(ln), ln.rma_number, ln)
              for ln in dm]
    return sorted(specs, key=lambda s: s.file)


def decoded_texts(img: Image) -> list[str]:
    return [b.text for b in zxingcpp.read_barcodes(img)]


# ---------------------------------------------------------------------------------- camera frames

FRAME_W, FRAME_H = 1280, 720


@dataclass(frozen=True)
class Shot:
    """How one label is photographed: pose, optics, light and sensor noise."""

    angle: float
    label_w: float
    centre: tuple[float, float]
    persp: tuple[float, ...]
    blur: float
    exposure: float
    contrast: float
    light_dir: float
    noise: float
    background: str


def background(rng: np.random.Generator, kind: str) -> np.ndarray:
    # Low-frequency blotches plus fine fibres: reads as cardboard or a worn desk, not flat colour.
    base = np.array((70, 120, 165) if kind == "cardboard" else (128, 128, 122), np.float32)
    low = cv2.resize(rng.normal(0, 1, (9, 16)).astype(np.float32), (FRAME_W, FRAME_H), interpolation=cv2.INTER_CUBIC)
    fibres = cv2.GaussianBlur(rng.normal(0, 1, (FRAME_H, FRAME_W)).astype(np.float32), (0, 0), sigmaX=6, sigmaY=0.8)
    tex = 10 * low + 14 * fibres
    img = base[None, None, :] + tex[..., None]
    if kind == "cardboard":
        # Packing tape across the box, as a parcel on the dock has.
        y = int(rng.uniform(0.1, 0.9) * FRAME_H)
        img[max(0, y - 45):y + 45] = img[max(0, y - 45):y + 45] * 0.85 + np.array((120, 150, 170)) * 0.3
    return img


def render_frame(label: Image, shot: Shot, rng: np.random.Generator) -> Image:
    bg = background(rng, shot.background)
    paper = cv2.cvtColor(label, cv2.COLOR_GRAY2BGR).astype(np.float32)
    paper = paper * np.array((0.93, 0.96, 0.98), np.float32)  # paper is warm, not pure white
    h, w = label.shape
    s = shot.label_w / w
    a = np.radians(shot.angle)
    ca, sa = np.cos(a), np.sin(a)
    corners = []
    for i, (x, y) in enumerate(((0, 0), (w, 0), (w, h), (0, h))):
        dx, dy = (x - w / 2) * s, (y - h / 2) * s
        px = shot.centre[0] + dx * ca - dy * sa + shot.persp[2 * i] * shot.label_w
        py = shot.centre[1] + dx * sa + dy * ca + shot.persp[2 * i + 1] * shot.label_w
        corners.append((px, py))
    src = np.float32([(0, 0), (w, 0), (w, h), (0, h)])
    dst = np.float32(corners)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(paper, m, (FRAME_W, FRAME_H), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (FRAME_W, FRAME_H))
    shadow = cv2.GaussianBlur(np.roll(mask, (14, 10), axis=(0, 1)), (0, 0), 12)
    img = bg * (1 - 0.45 * shadow[..., None])
    img = img * (1 - mask[..., None]) + warped * mask[..., None]
    # Light from one side of the dock plus lens vignetting.
    yy, xx = np.mgrid[0:FRAME_H, 0:FRAME_W].astype(np.float32)
    d = np.cos(shot.light_dir) * (xx / FRAME_W - 0.5) + np.sin(shot.light_dir) * (yy / FRAME_H - 0.5)
    r2 = ((xx - FRAME_W / 2) / (FRAME_W / 2)) ** 2 + ((yy - FRAME_H / 2) / (FRAME_H / 2)) ** 2
    light = shot.exposure * (1 + 0.45 * d) * (1 - 0.28 * r2)
    img = img * light[..., None]
    img = (img - 128) * shot.contrast + 128 * shot.contrast + (1 - shot.contrast) * 60
    if shot.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), shot.blur)
    img = img + rng.normal(0, shot.noise, (FRAME_H, FRAME_W, 1)).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def encode_jpeg(img: Image, quality: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return buf.tobytes()


def rescue_texts(img: Image) -> list[str]:
    """What a decoder finds after the preprocessing the scan module falls back to (CLAHE, upscale, sharpen)."""
    grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if img.ndim == 3 else img
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(grey)
    found: list[str] = []
    for candidate in (clahe, cv2.resize(grey, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC),
                      cv2.resize(clahe, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)):
        sharp = cv2.addWeighted(candidate, 1.8, cv2.GaussianBlur(candidate, (0, 0), 2), -0.8, 0)
        for c in (candidate, sharp):
            found += [t for t in decoded_texts(c) if t not in found]
    return found


def random_shot(rng: random.Random, level: float, hard_kind: str) -> Shot:
    persp = tuple(rng.uniform(-0.04, 0.04) for _ in range(8))
    bg = rng.choice(["cardboard", "cardboard", "desk"])
    label_w = rng.uniform(560, 760)
    blur = rng.uniform(0.4, 1.2)
    exposure, contrast = rng.uniform(0.85, 1.05), 1.0
    if hard_kind == "dark":
        exposure, contrast, blur = 0.45 - 0.25 * level, 0.6 - 0.35 * level, 1.0 + level
    elif hard_kind == "blur":
        blur = 1.6 + 2.4 * level
    elif hard_kind == "far":
        label_w, blur = 380 - 150 * level, 0.9 + 0.6 * level
    angle = rng.uniform(-25, 25)
    # Keep the whole label in the frame: an inspector aims the camera at it.
    a = np.radians(angle)
    extent_x = abs(np.cos(a)) / 2 + LABEL_H / LABEL_W * abs(np.sin(a)) / 2 + 0.05  # per unit of label width
    extent_y = abs(np.sin(a)) / 2 + LABEL_H / LABEL_W * abs(np.cos(a)) / 2 + 0.05
    label_w = min(label_w, FRAME_H / 2 / extent_y, FRAME_W / 2 / extent_x)
    bx, by = extent_x * label_w, extent_y * label_w

    def centre_in(size: int, half: float, spread: float) -> float:
        lo, hi = max(half, size / 2 - spread), min(size - half, size / 2 + spread)
        return rng.uniform(lo, hi) if lo < hi else size / 2

    centre = (centre_in(FRAME_W, bx, 220), centre_in(FRAME_H, by, 120))
    return Shot(angle=angle, label_w=label_w, centre=centre, persp=persp, blur=blur,
                exposure=exposure, contrast=contrast, light_dir=rng.uniform(0, 2 * np.pi),
                noise=rng.uniform(2.0, 4.0) + (3 * level if hard_kind == "dark" else 0), background=bg)


# Where each hard kind stops being read plainly but is still rescued by preprocessing, per format
# (found by trying). Code 128 has no such band here: blur or darkness that defeats the plain pass
# also defeats CLAHE and upscaling, so hard frames are 2D codes only.
HARD_LEVELS: dict[tuple[str, str], tuple[float, float]] = {
    ("QRCode", "dark"): (0.75, 1.0), ("QRCode", "blur"): (0.7, 1.0), ("QRCode", "far"): (0.6, 0.9),
    ("DataMatrix", "dark"): (0.5, 0.8), ("DataMatrix", "blur"): (0.4, 0.8), ("DataMatrix", "far"): (0.4, 0.7),
}
HARD_KINDS = ["dark", "far", "blur", "dark", "far"]
ATTEMPTS = 40


def hard_plan(labels: Sequence[LabelSpec]) -> dict[int, str]:
    two_d = [i for i, s in enumerate(labels) if s.format != "Code128"]
    return dict(zip(two_d[2::4], HARD_KINDS, strict=False))


def make_frame(label: Image, spec: LabelSpec, index: int, hard_kind: str) -> tuple[bytes, str]:
    """Photograph one label; easy frames must decode plainly, hard ones only after preprocessing."""
    lo, hi = HARD_LEVELS.get((spec.format, hard_kind), (0.0, 0.0))
    for attempt in range(ATTEMPTS):
        rng = random.Random(f"{SEED}-frame-{index}-{attempt}")
        nrng = np.random.default_rng([SEED, index, attempt])
        # Hard frames climb from the gentle end of their band, so they are as readable as they can be.
        level = lo + (hi - lo) * attempt / (ATTEMPTS - 1)
        shot = random_shot(rng, level, hard_kind)
        data = encode_jpeg(render_frame(label, shot, nrng), 85)
        frame = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
        plain = spec.expected_text in decoded_texts(frame)
        if not hard_kind and plain:
            return data, ""
        if hard_kind and not plain and spec.expected_text in rescue_texts(frame):
            return data, "hard"
    raise RuntimeError(f"no usable {hard_kind or 'easy'} frame for {spec.file}")


# --------------------------------------------------------------------------------------- badges


def badge_image(code: str) -> Image:
    qr = code_image("QRCode", code, 6)
    h, w = qr.shape
    img = np.full((h + 34, w), 255, np.uint8)
    img[:h] = qr
    fit_text(img, code, w // 2, h + 20, w - 10, 0.5, 0)
    return img


# --------------------------------------------------------------------------------------- README

README = """# Demo data

Everything here is synthetic and generated by `scripts/make_demo_data.py` (seeded, so re-running it
gives the same files): `.venv/bin/python scripts/make_demo_data.py [--out DIR] [--csv-only]`.

- `products.csv` - {n_products} products in 5 categories (GTIN-13 with valid check digits, invented
  company prefix 729-0016); `catalog/<sku>.jpg` - an OpenCV-drawn picture of each.
- `rmas.csv` - {n_rmas} RMAs (RMA-100001..RMA-{last}), one row per line ({n_lines} lines); serials
  only for serialized products.
- `brands.csv` - the brand of each product, for the web view's client users.
- `users.csv` - demo users with roles, badge codes and 4-digit PINs (demo only; hashed on load);
  `badges/<badge_code>.png` - a QR of each badge code for sign-in by scanning.
- `labels/` - clean return labels: QR and Code 128 hold the RMA number, GS1 DataMatrix holds
  `(01)<gtin14>(21)<serial>`; `labels/manifest.csv` lists file, format, expected text.
- `camera/` - 1280x720 photographed-looking frames of those labels for the replayed camera;
  frames whose note is `hard` decode only after preprocessing (CLAHE, upscale, sharpen).
"""


# ----------------------------------------------------------------------------------------- main


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write_png(path: Path, img: Image) -> None:
    ok, buf = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    if not ok:
        raise RuntimeError(f"PNG encoding failed for {path}")
    write_bytes(path, buf.tobytes())


def generate(out: Path, csv_only: bool = False) -> None:
    products = build_products()
    lines = build_rmas(products)
    write_tables(out, products, lines)
    if csv_only:
        return
    for sub in ("catalog", "labels", "camera", "badges"):
        # Stale files from an earlier product list or label choice would linger unnoticed.
        shutil.rmtree(out / sub, ignore_errors=True)
    for p in products:
        write_bytes(out / p.image, encode_jpeg(catalog_image(p), 80))
    for u in build_users():
        write_png(out / "badges" / f"{u['badge_code']}.png", badge_image(u["badge_code"]))
    labels = choose_labels(lines)
    hard = hard_plan(labels)
    label_rows, camera_rows = [], []
    for i, spec in enumerate(labels):
        img = label_image(spec)
        if spec.expected_text not in decoded_texts(img):
            raise RuntimeError(f"clean label {spec.file} does not decode to {spec.expected_text!r}")
        write_png(out / "labels" / spec.file, img)
        label_rows.append((spec.file, spec.format, spec.expected_text, spec.rma_number, ""))
        data, note = make_frame(img, spec, i, hard.get(i, ""))
        name = f"frame_{i + 1:03d}.jpg"
        write_bytes(out / "camera" / name, data)
        camera_rows.append((name, spec.format, spec.expected_text, spec.rma_number, note))
    header = ["file", "format", "expected_text", "rma_number", "note"]
    write_csv(out / "labels" / "manifest.csv", header, label_rows)
    write_csv(out / "camera" / "manifest.csv", header, camera_rows)
    n_rmas = len({ln.rma_number for ln in lines})
    (out / "README.md").write_text(README.format(n_products=len(products), n_rmas=n_rmas,
                                                 last=FIRST_RMA + n_rmas - 1, n_lines=len(lines)),
                                   encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: resources/demo)")
    parser.add_argument("--csv-only", action="store_true", help="write products, RMAs and users only (fast)")
    args = parser.parse_args(argv)
    generate(args.out, csv_only=args.csv_only)
    print(f"demo data written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
