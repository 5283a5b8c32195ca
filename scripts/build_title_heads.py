"""Build ``src/resume_tailor/data/title_heads.txt``: head nouns of job titles, from O*NET 29.2.

The parser tells a job title from an employer's name by the title's last word ("Translator",
"Dispatcher", "Surveyor"); its own list (``resume/vocab.py``) holds the common office roles. This
script adds the head nouns of the O*NET 29.2 alternate titles (56,560 titles people really use):
the last word of each title (before any comma or bracket), kept when

* it heads at least ``MIN_TITLES`` alternate titles of at least two occupations (frequent, not a
  one-off such as "Crabber"),
* it reads as a person (an agent-noun ending: -er, -or, -ist, -ian, -ant, -ent, -man, -ee, -ess,
  or one of a few others named below),
* or it heads an occupation's own name in ``Occupation Data.txt`` ("Interpreters and
  Translators" gives "interpreter" and "translator"),
* it is no organisation word of ``resume/vocab.py`` and none of the things, tools or
  organisations O*NET names people after ("Router", "Compiler", "Carrier", "Publisher"): those
  are listed in ``NOT_PEOPLE`` so that a product or an employer never reads as a role.

Run with the shared data present (``/work/shared/data`` or ``--onet DIR``); same input, same output:

    PYTHONPATH=src .venv/bin/python scripts/build_title_heads.py [--onet DIR] [--check]

Source: O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training
Administration (USDOL/ETA), CC BY 4.0 (attribution in ``src/resume_tailor/data/SOURCES.md``).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from resume_tailor.resume.vocab import COMPANY_HEADS, COMPANY_WORDS, OFFICE_TITLE_HEADS
from resume_tailor.storage import atomic_write_text

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "resume_tailor" / "data" / "title_heads.txt"
DEFAULT_ONET = REPO.parent.parent / "shared" / "data" / "taxonomy" / "onet-29.2"
MIN_TITLES = 10
_PERSON_RE = re.compile(r"(?:er|or|ist|ian|ant|ent|man|ee|ess|ier|eur|ive|ary|ic)$")
# person nouns O*NET uses that no suffix rule finds
EXTRA_PEOPLE = frozenset({"aide", "clerk", "nurse", "chef", "guide", "judge", "medic", "midwife", "rep"})
# last words of O*NET titles that name a thing, a tool, a kind of firm or a part of speech, not a
# person: in a resume they are products, teams or employers ("Kafka Consumer", "Acme Publisher")
_NOT_PEOPLE_TEXT = """
    header router computer printer counter tier buffer monitor scanner compiler connector converter
    compressor conditioner separator dryer drier heater boiler cooler stapler timer charger receiver
    player former layer liner folder marker master host reader keeper holder sticker poster pointer
    anchor hacker runner carrier provider distributor publisher vendor dealer merchant processor
    exporter broker builder maker mixer feeder filler sorter wrapper breaker splitter selector
    scheduler integrator generator server tender setter cutter checker loader trimmer washer grader
    roller presser turner hanger changer blender burner dipper fixer inserter coater caster blower
    pumper pusher bender straightener stamper sealer framer firer oiler chaser stacker closer
    catcher taker digger spinner spotter spreader edger scaler puncher gatherer mender patcher
    shaper curer blocker attacher opener treater bander clipper brusher greaser dumper binder laster
    shooter taper stringer baster stuffer chopper pourer tracer matcher raiser skinner caser drawer
    roaster wheeler ranger separator paster sizer placer locator stocker caller router facer piler
    chipper dropper steamer tapper lacer starter watcher stretcher hardener sharpener spooler sticker
    cooker temperer rewinder applier baler peeler colorer out up off in operations intelligence
    medicine chemical computer page police mother girl employee official superior professional
    expert person hand man tech worker helper crewmember intern walker follower pinner shearer
    pointer lather leveler nailer coiler skimmer brazer wiper hop killer buster beater twister
    shaver rounder padder skiver doffer reclaimer thinner switcher culler brander knotter smoother
    wrecker aligner groover backer deburrer planer pleater scourer pairer neutralizer filterer
    shifter tumbler ringer baller sheller knocker stemmer sacker chainer dogger lifter extruder
    bearer grainer silverer cager linker panner sponger ripper salter batcher slasher burrer
    crimper thrower starcher mater stayer fastener stiffener stoner shrinker creeler tufter snapper
    sifter finder jumper replacer clearer bumper bracer jointer surfacer rubber tamper doper
    racker bucker bleacher tailer truer melter seamer tacker shaker raker bundler tinter gluer
    pickler beveler lapper threader crusher reamer passer capper braider tipper topper paver glazer
    bolter borer bonder boner waxer planter icer slicer duster proofer buncher swamper reliner
    striper reeler slitter conditioner dispenser sterilizer hunter trapper climber
    bu claim custom fitness model occupation operation sale security service trade vehicle midwive
"""
NOT_PEOPLE = frozenset(_NOT_PEOPLE_TEXT.split())


def heads(onet: Path) -> list[str]:
    """The kept head nouns, sorted."""
    count: Counter[str] = Counter()
    occupations: defaultdict[str, set[str]] = defaultdict(set)
    with (onet / "Alternate Titles.txt").open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows)
        for code, title, *_ in rows:
            words = re.findall(r"[A-Za-z][A-Za-z'-]*", re.sub(r"\([^)]*\)", " ", title).split(",")[0])
            if words:
                head = words[-1].lower()
                count[head] += 1
                occupations[head].add(code[:7])
    frequent = {
        h
        for h, n in count.items()
        if n >= MIN_TITLES and len(occupations[h]) >= 2 and (_PERSON_RE.search(h) or h in EXTRA_PEOPLE)
    }
    org = COMPANY_WORDS | COMPANY_HEADS
    kept = (frequent | occupation_heads(onet)) - org - NOT_PEOPLE - OFFICE_TITLE_HEADS
    return sorted(kept)


def occupation_heads(onet: Path) -> set[str]:
    """The head nouns of the occupations' own names, singular ("Interpreters and Translators")."""
    out = set()
    with (onet / "Occupation Data.txt").open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows)
        for _, title, *_ in rows:
            for part in re.sub(r"\([^)]*\)", " ", title).split(",")[0].split(" and "):
                words = re.findall(r"[A-Za-z][A-Za-z'-]*", part)
                # an occupation is named in the plural: a part ending in a singular word is a
                # field or a modifier ("Advertising and Promotions Managers"), not a person
                if words and words[-1].endswith("s") and "-" not in words[-1]:
                    out.add(_singular(words[-1].lower()))
    return out


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def render(words: list[str]) -> str:
    head = (
        "# Head nouns of job titles from the O*NET 29.2 alternate titles (USDOL/ETA, CC BY 4.0),\n"
        "# built by scripts/build_title_heads.py; see SOURCES.md. One word a line.\n"
    )
    return head + "".join(f"{w}\n" for w in words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onet", type=Path, default=DEFAULT_ONET)
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed file is stale")
    args = parser.parse_args(argv)
    text = render(heads(args.onet))
    if args.check:
        stale = not OUT.is_file() or OUT.read_text(encoding="utf-8") != text
        print(f"{OUT.name}: {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    atomic_write_text(OUT, text)  # a reader never sees half a file
    print(f"wrote {OUT} ({text.count(chr(10)) - 2} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
