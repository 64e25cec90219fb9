#!/usr/bin/python3
"""Generates benchmark inputs for the wire plugins: one NewsML-G2 newsMessage with many text
items (XHTML and NITF bodies, a picture every 20 items) and a folder of NITF files.

    generate.py OUT_DIR [--g2-items N] [--nitf-files N] [--paragraphs N]

Deterministic (fixed seed), so runs compare like with like."""
import argparse
import os
import random

NAMES = ["Amira Haddad", "Jonas Berg", "Li Wei", "Carmen Ruiz", "Tomasz Nowak", "Grace Okafor"]
ORGS = ["the finance ministry", "the central bank", "the port authority", "the city council"]
PLACES = ["Lisbon", "Nairobi", "Osaka", "Valparaiso", "Tallinn", "Windhoek"]
VERBS = ["said", "told reporters", "warned", "added", "wrote in a statement"]
WORDS = ("the talks budget plan vote rate harbour council minister report figure rise fall "
         "week month year agreement delegation market price share workers union").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def paragraph(rng, markup):
    name, org, place = rng.choice(NAMES), rng.choice(ORGS), rng.choice(PLACES)
    amount = rng.randint(2, 900)
    if markup:
        return (f"<p><person>{name}</person> of <org>{org}</org> in <location>{place}</location> "
                f"{rng.choice(VERBS)} that <q quote-source=\"{name}\">{sentence(rng)}</q> "
                f"The plan costs <money unit=\"EUR\">{amount} million euros</money>. {sentence(rng)}</p>")
    return f"<p>{name} of {org} in {place} {rng.choice(VERBS)}: \"{sentence(rng)}\" It costs {amount} million euros. {sentence(rng)}</p>"


def nitf_body(rng, paragraphs):
    return "".join(paragraph(rng, True) for _ in range(paragraphs))


def g2_item(rng, i, paragraphs):
    guid = f"urn:newsml:bench.parallax.example:20250218:item-{i}"
    if i % 20 == 19:
        return (f'<newsItem guid="{guid}" version="1"><itemMeta><itemClass qcode="ninat:picture"/>'
                f'<versionCreated>2025-02-18T12:00:00Z</versionCreated></itemMeta><contentMeta>'
                f'<headline>Picture {i}</headline></contentMeta><contentSet><remoteContent href="p{i}.jpg"/>'
                f'</contentSet></newsItem>\n')
    if i % 2:
        body = ('<inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">'
                f'<body><body.content>{nitf_body(rng, paragraphs)}</body.content></body></nitf></inlineXML>')
    else:
        body = ('<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
                + "".join(paragraph(rng, False) for _ in range(paragraphs)) + "</body></html></inlineXML>")
    return (f'<newsItem guid="{guid}" version="{1 + i % 4}" xml:lang="en"><itemMeta><itemClass qcode="ninat:text"/>'
            f'<provider literal="Bench Wire"/><versionCreated>2025-02-18T{i % 24:02d}:{i % 60:02d}:00+03:00</versionCreated>'
            f'<pubStatus qcode="stat:usable"/></itemMeta><contentMeta><language tag="en"/>'
            f'<subject qcode="medtop:11000000"/><headline>{sentence(rng)}</headline><by>By {rng.choice(NAMES)}</by>'
            f'<dateline>{rng.choice(PLACES).upper()}</dateline></contentMeta><contentSet>{body}</contentSet></newsItem>\n')


def write_message(path, items, paragraphs, rng):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
                  '<header><sent>2025-02-18T12:00:00Z</sent></header><itemSet>\n')
        for i in range(items):
            out.write(g2_item(rng, i, paragraphs))
        out.write("</itemSet></newsMessage>\n")


def write_nitf(folder, files, paragraphs, rng):
    os.makedirs(folder, exist_ok=True)
    for i in range(files):
        with open(os.path.join(folder, f"story-{i:06d}.xml"), "w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Story</title><docdata>'
                      f'<doc-id id-string="bench-{i}"/><date.release norm="20250218T{i % 24:02d}0000Z"/>'
                      '<urgency ed-urg="4"/></docdata></head><body><body.head><hedline>'
                      f'<hl1>{sentence(rng)}</hl1></hedline><byline>By {rng.choice(NAMES)}</byline></body.head>'
                      f'<body.content>{nitf_body(rng, paragraphs)}</body.content></body></nitf>\n')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--g2-items", type=int, default=20000)
    parser.add_argument("--nitf-files", type=int, default=5000)
    parser.add_argument("--paragraphs", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(20250218)
    os.makedirs(args.out, exist_ok=True)
    write_message(os.path.join(args.out, "message.xml"), args.g2_items, args.paragraphs, rng)
    write_nitf(os.path.join(args.out, "nitf"), args.nitf_files, args.paragraphs, rng)


if __name__ == "__main__":
    main()
