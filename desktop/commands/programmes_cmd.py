"""``vivier programmes COMPANY.json``: the support programmes a company is eligible for, best fit first."""

from __future__ import annotations

from catalog import open_catalog
from catalog.sme import load_company_profile, match_programmes
from desktop.commands.common import print_json


def register(sub) -> None:
    p = sub.add_parser("programmes", help="sandboxes, TEFs, EDIHs, AI Factories and funding a company can use")
    p.add_argument("company", metavar="COMPANY.json", help="a company profile (schema vivier.company-profile/1)")
    p.add_argument("--json", action="store_true", help="print JSON (every programme, eligible or not, with reasons)")
    p.set_defaults(handler=cmd_programmes)


def cmd_programmes(args) -> int:
    company = load_company_profile(args.company)
    store, _ = open_catalog(args.data_dir)
    with store:
        matches = match_programmes(store, company, source=str(args.company))
    if args.json:
        print_json({"company": company.name, "size_class": company.size_class(),
                    "matches": [m.to_json() for m in matches]})
        return 0
    eligible = [m for m in matches if m.eligible]
    print(f"{company.name} ({company.size_class() or 'size unknown'}, {company.country}"
          f"{', ' + company.region if company.region else ''}): {len(eligible)} eligible of {len(matches)} programmes")
    for m in eligible:
        deadline = f"  next deadline {m.next_deadline['date']}" if m.next_deadline else ""
        print(f"{m.score:5.1f}  {m.name} ({m.kind}){deadline}")
        print(f"       {'; '.join(m.reasons)}")
    print("not eligible:")
    for m in matches:
        if not m.eligible:
            print(f"  - {m.name}: {'; '.join(m.reasons)}")
    return 0
