"""``vivier match PROFILE.json``: rank the catalog's offerings against a buyer profile."""

from __future__ import annotations

from catalog import open_catalog
from catalog.buyer import load_buyer_profile, rank_offerings
from catalog.errors import UserInputError
from desktop.commands.common import print_json

#: rows shown without --top: enough to read a shortlist, short enough for a terminal
DEFAULT_TOP = 10


def register(sub) -> None:
    p = sub.add_parser("match", help="rank offerings against a buyer profile (explained scores, exclusions)")
    p.add_argument("profile", metavar="PROFILE.json", help="a buyer profile (schema vivier.buyer-profile/2, or /1)")
    p.add_argument("--top", type=int, default=None, metavar="N",
                   help=f"show the N best offerings (default: all with --json, {DEFAULT_TOP} otherwise)")
    p.add_argument("--json", action="store_true",
                   help="print JSON (ranked, excluded, off_topic, warnings, sensitivity)")
    p.set_defaults(handler=cmd_match)


def cmd_match(args) -> int:
    if args.top is not None and args.top < 1:
        raise UserInputError("--top must be at least 1")
    profile = load_buyer_profile(args.profile)
    top = args.top if args.top is not None or args.json else DEFAULT_TOP
    store, _ = open_catalog(args.data_dir)
    with store:
        ranking = rank_offerings(store, profile, explain_top=top, source=str(args.profile))
        result = ranking.to_json(top=top)
    if args.json:
        print_json(result)
        return 0
    counts = result["counts"]
    print(f"{profile.name}: {counts['ranked']} ranked, {counts['excluded']} excluded, {counts['off_topic']} off topic "
          f"(of {counts['offerings']} offerings)")
    for item in result["ranked"]:
        print(f"{item['rank']:>3}. {item['score']:6.2f}  {item['offering']} — {item['organisation']}"
              f"  [{item['offering_id']}]")
        for part in item["breakdown"]:
            if part["weight"] > 0:
                print(f"        {part['criterion']:<17}{part['score']:5.2f} × {part['weight']:5.1f}  "
                      f"{part['explanation']}")
        for warning in item["warnings"]:
            print(f"        ! {warning}")
        for point in item["to_verify"]:
            print(f"        ? {point['question']}")
    if result["excluded"]:
        print("excluded:")
        for item in result["excluded"]:
            print(f"  - {item['offering']} ({item['organisation']}): {'; '.join(item['reasons'])}")
    for warning in result["warnings"]:
        print(f"warning: {warning}")
    sensitivity = result["sensitivity"]
    if sensitivity:
        margin = sensitivity["margin"]
        print(f"first place: {sensitivity['leader']}" + (", the only candidate" if margin is None
                                                         else f", ahead by {margin} points"))
        for w in sensitivity["weights"]:
            down = "any" if w["decrease_by"] is None else f"-{w['decrease_by']}"
            up = "any" if w["increase_by"] is None else f"+{w['increase_by']}"
            print(f"  {w['criterion']:<17} weight {w['weight']:5.1f}: first place holds for {down} / {up} points")
    return 0
