"""``vivier shortlist PROFILE.json``: the best-scoring shortlist that meets the profile's quota rules."""

from __future__ import annotations

from catalog import open_session
from catalog.buyer import buyer_pass, load_buyer_profile
from catalog.errors import UserInputError
from catalog.quotas import check_rules_feasible_for_size, legal_note, save_shortlist
from catalog.text.messages import text
from desktop.commands.common import print_json


def register(sub) -> None:
    p = sub.add_parser("shortlist", help="the best shortlist that meets the profile's quota rules (exact)")
    p.add_argument("profile", metavar="PROFILE.json", help="a buyer profile (schema vivier.buyer-profile/2, or /1)")
    p.add_argument("--size", type=int, default=None, metavar="K",
                   help="how many offerings (default: the profile's shortlist_size)")
    p.add_argument("--json", action="store_true",
                   help="print JSON (shortlist, quotas, total_score, unconstrained_total_score, infeasible)")
    p.add_argument("--save", metavar="NAME", help="keep the shortlist in the workspace under NAME")
    p.add_argument("--who", default=None, help="who saves it, for the audit log (with --save)")
    p.set_defaults(handler=cmd_shortlist)


def cmd_shortlist(args) -> int:
    if args.size is not None and args.size < 1:
        raise UserInputError("--size must be at least 1")
    if args.save is not None and not (args.who or "").strip():
        raise UserInputError("--save needs --who (the name kept in the audit log)")
    profile = load_buyer_profile(args.profile)
    size = args.size or profile.shortlist_size
    check_rules_feasible_for_size(profile.quota_rules, size)
    with open_session(args.data_dir) as session:
        # the shortlist reads scores and facts, not the rows' explanations: explain none of them
        passed = buyer_pass(session.catalog, profile, size=size, source=str(args.profile))
        result = passed.shortlist
        saved = None
        if args.save is not None and result.infeasible is None:
            saved = save_shortlist(session.workspace, result, profile, name=args.save, who=args.who,
                                   catalog_version=session.catalog.meta("shipped_version"))
    output = result.to_json(profile.language)
    short = passed.short()
    output["short_by"], output["short_reason"] = short if short else (0, None)
    if saved is not None:
        output["saved_id"] = saved
    if args.json:
        print_json(output)
        return 1 if result.infeasible else 0
    _print_text(output, profile.language)
    return 1 if result.infeasible else 0


def _print_text(output: dict, language: str) -> None:
    if output["infeasible"]:
        print(f"no compliant shortlist: {output['infeasible']}")
    if output["short_by"]:
        print(text("short.summary", language, size=output["size"], wanted=output["requested_size"],
                   reason=output["short_reason"]))
    for item in output["shortlist"]:
        name = (item["offering"] or {}).get("name", item["offering_id"])
        organisation = (item["organisation"] or {}).get("name", item["organisation_id"])
        print(f"{item['position']:>3}. {item['score']:6.2f}  {name} — {organisation}  [{item['offering_id']}]")
    if output["total_score"] is not None:
        print(f"total score {output['total_score']:.2f} (best without quotas {output['unconstrained_total_score']:.2f};"
              f" the quotas cost {output['quota_cost']:.2f})")
    for quota in output["quotas"]:
        state = {True: "met", False: "NOT met", None: "blocking" if quota.get("blocking") else "-"}[quota["satisfied"]]
        mode = "required" if quota["required"] else "monitor"
        print(f"  [{state}] {quota['rule']} ({mode}): {quota['description']}; value {quota['value']}, "
              f"target {quota['target']}")
        fix = quota.get("fix")
        if fix and fix["possible"]:
            print(f"      fix: swap in {', '.join(fix['swap_in'])} for {', '.join(fix['swap_out'])} "
                  f"(score cost {fix['score_cost']:.2f})")
    if output["quotas"]:
        print(legal_note(language))
    if output.get("saved_id") is not None:
        print(f"saved as shortlist {output['saved_id']}")
