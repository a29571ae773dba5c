#!/usr/bin/env python3
"""The table of scripts/bench: reads what each harness printed (BENCH lines, bench/README.md) and bench/goals.tsv.

Default: prints the machine and one table (our median (min–max), the baseline's, the ratio, the goal, ✓/✗),
writes it as Markdown and every raw sample as TSV; exits 0 even when goals are missed, 1 when a harness failed
or broke the output contract. --smoke: checks only (every harness ran, printed well-formed BENCH lines, every id
of goals.tsv was printed by some harness, no token in any output); silent when all is well.
"""
import argparse
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys

UNITS = {"ms", "us", "MB", "MB/s", "B/B", "count"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*$")
GOAL_RE = re.compile(r"^(ratio)?(<=|>=)\s*([0-9]+(?:\.[0-9]+)?)$")
# A token in any output fails the suite: bench output is pasted into docs and reports.
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.")
# Goals may be given in another unit of the same kind than the samples.
SCALE = {"us": ("time", 1e-3), "ms": ("time", 1.0), "s": ("time", 1e3),
         "KB": ("size", 1 / 1024), "MB": ("size", 1.0), "GB": ("size", 1024.0)}


class Problems:
    def __init__(self):
        self.items = []

    def add(self, text):
        self.items.append(text)


def read_status(results):
    """harness -> (exit status, seconds) in the order the harnesses ran."""
    status = {}
    path = os.path.join(results, "status.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                name, rc, start, end = line.rstrip("\n").split("\t")
                status[name] = (int(rc), float(end) - float(start))
    return status


def read_output(results, name, problems):
    """The BENCH lines of one harness: [(id, unit, [values])]; contract breaches go to problems."""
    figures = []
    with open(os.path.join(results, name + ".out"), encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.split()
        where = f"{name}, standard output line {number}"
        if fields[0] != "BENCH":
            problems.add(f"{where}: not a BENCH line (everything else belongs on standard error)")
            continue
        if len(fields) < 4:
            problems.add(f"{where}: a BENCH line needs an id, a unit and at least one sample")
            continue
        bench_id, unit, raw = fields[1], fields[2], fields[3:]
        if not ID_RE.match(bench_id):
            problems.add(f"{where}: id '{bench_id}' is not lower-case words with dots")
            continue
        if unit not in UNITS:
            problems.add(f"{where}: unit '{unit}' is none of {' '.join(sorted(UNITS))}")
            continue
        try:
            values = [float(v) for v in raw]
        except ValueError:
            problems.add(f"{where}: a sample of {bench_id} is not a number")
            continue
        figures.append((bench_id, unit, values))
    return figures


def read_goals(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if number == 1 or not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 5:
                problems.add(f"{path}:{number}: {len(fields)} tab-separated fields, not 5 (id measure baseline goal unit)")
                continue
            bench_id, measure, baseline, goal, goal_unit = (x.strip() for x in fields)
            parsed = None
            if goal != "-":
                match = GOAL_RE.match(goal.replace(" ", ""))
                if not match:
                    problems.add(f"{path}:{number}: goal '{goal}' is none of <= N, >= N, ratio<= N, ratio>= N, -")
                    continue
                parsed = (bool(match.group(1)), match.group(2), float(match.group(3)))
                if parsed[0] and baseline == "-":
                    problems.add(f"{path}:{number}: a ratio goal needs a baseline id")
                    continue
            rows.append({"id": bench_id, "measure": measure, "baseline": None if baseline == "-" else baseline,
                         "goal": goal, "parsed": parsed, "goal_unit": goal_unit})
    return rows


def fmt(value):
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def summary(samples, unit):
    if not samples:
        return "—"
    med = statistics.median(samples)
    if len(samples) == 1:
        return f"{fmt(med)} {unit}"
    return f"{fmt(med)} ({fmt(min(samples))}–{fmt(max(samples))}) {unit}"


def judge(row, figures):
    """(ours, baseline, ratio, goal text, verdict) for one goals.tsv row; verdict is ✓, ✗, '' (no goal) or None."""
    ours = figures.get(row["id"])
    base = figures.get(row["baseline"]) if row["baseline"] else None
    ours_text = summary(ours[1], ours[0]) if ours else "no figure"
    base_text = summary(base[1], base[0]) if base else ("no figure" if row["baseline"] else "")
    ratio = None
    if ours and base and statistics.median(base[1]) != 0:
        ratio = statistics.median(ours[1]) / statistics.median(base[1])
    ratio_text = f"{ratio:.2f}×" if ratio is not None else ""
    parsed = row["parsed"]
    if parsed is None:
        return ours_text, base_text, ratio_text, "—", ""
    is_ratio, op, limit = parsed
    sign = "≤" if op == "<=" else "≥"
    if is_ratio:
        goal_text = f"ratio {sign} {limit:g}"
        value = ratio
    else:
        goal_text = f"{sign} {limit:g} {row['goal_unit']}"
        value = None
        if ours:
            value = statistics.median(ours[1])
            unit, goal_unit = ours[0], row["goal_unit"]
            if unit != goal_unit:
                if unit in SCALE and goal_unit in SCALE and SCALE[unit][0] == SCALE[goal_unit][0]:
                    value = value * SCALE[unit][1] / SCALE[goal_unit][1]
                else:
                    return ours_text, base_text, ratio_text, goal_text + f" (unit is {unit}!)", None
    if value is None:
        return ours_text, base_text, ratio_text, goal_text, None
    ok = value <= limit if op == "<=" else value >= limit
    return ours_text, base_text, ratio_text, goal_text, "✓" if ok else "✗"


def command_output(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine(build):
    cpu = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    qt = command_output(["qtpaths6", "--qt-version"]) or "unknown"
    cache = os.path.join(build, "CMakeCache.txt")
    build_type = ""
    if os.path.exists(cache):
        with open(cache, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    build_type = line.split("=", 1)[1].strip()
    commit = command_output(["git", "describe", "--always", "--dirty"]) or "unknown"
    load = open("/proc/loadavg", encoding="utf-8").read().split()[:3]
    return [
        f"CPU: {cpu}, {os.cpu_count()} cores; kernel {platform.release()}; Qt {qt}",
        f"Build: {build} ({build_type}), commit {commit}; load average at the end {' '.join(load)}",
        f"Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
    ]


def text_table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(lines)


def markdown_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--goals", required=True)
    parser.add_argument("--results", required=True, help="one NAME.out/NAME.err per harness and status.tsv")
    parser.add_argument("--build", required=True)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--only", action="store_true", help="one harness ran: do not ask for every id")
    parser.add_argument("--markdown")
    parser.add_argument("--samples")
    args = parser.parse_args()

    problems = Problems()
    status = read_status(args.results)
    goals = read_goals(args.goals, problems)
    figures = {}  # id -> (unit, samples, harness)
    failed = []
    for name, (rc, _seconds) in status.items():
        with open(os.path.join(args.results, name + ".err"), encoding="utf-8", errors="replace") as f:
            err = f.read()
        with open(os.path.join(args.results, name + ".out"), encoding="utf-8", errors="replace") as f:
            out = f.read()
        if JWT_RE.search(out) or JWT_RE.search(err):
            problems.add(f"{name}: its output holds something shaped like a token (not shown here)")
        if rc != 0:
            failed.append(name)
            tail = "\n".join("    " + line for line in err.splitlines()[-25:])
            problems.add(f"{name} failed (exit status {rc}); the end of its standard error:\n{tail}")
            continue
        printed = read_output(args.results, name, problems)
        if not printed:
            problems.add(f"{name} printed no BENCH line")
        for bench_id, unit, values in printed:
            if bench_id in figures:
                problems.add(f"{bench_id} is printed by both {figures[bench_id][2]} and {name}")
            figures[bench_id] = (unit, values, name)
    if not args.only and not failed:
        wanted = {row["id"] for row in goals} | {row["baseline"] for row in goals if row["baseline"]}
        for bench_id in sorted(wanted - figures.keys()):
            problems.add(f"bench/goals.tsv names {bench_id}, but no harness printed it")

    if args.smoke:
        if problems.items:
            for item in problems.items:
                print(f"scripts/bench --smoke: {item}", file=sys.stderr)
            print(f"scripts/bench --smoke: failed (outputs in {args.results})", file=sys.stderr)
            return 1
        return 0

    header = ["measure", "ours: median (min–max)", "baseline: median (min–max)", "ratio", "goal", ""]
    rows = []
    missed = judged = without = 0
    for row in goals:
        if args.only and row["id"] not in figures:
            continue
        ours, base, ratio, goal, verdict = judge(row, figures)
        if verdict is None:
            without += 1
            verdict = "?"
        elif verdict:
            judged += 1
            missed += verdict == "✗"
        rows.append([f"{row['measure']} ({row['id']})", ours, base, ratio, goal, verdict])
    listed = {row["id"] for row in goals} | {row["baseline"] for row in goals if row["baseline"]}
    for bench_id, (unit, values, name) in sorted(figures.items()):
        if bench_id not in listed:
            rows.append([f"{bench_id} (no row in bench/goals.tsv)", summary(values, unit), "", "", "—", ""])

    about = machine(args.build)
    print("\n".join(about))
    print()
    print(text_table(header, rows))
    print()
    ran = ", ".join(f"{name} {seconds:.0f} s" for name, (_rc, seconds) in status.items())
    print(f"Harnesses: {ran}")
    verdict = f"{missed} of {judged} goals missed" if missed else f"all {judged} goals met"
    if without:
        verdict += f"; {without} rows without a figure"
    print(verdict + ".")

    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write("\n".join(f"- {line}" for line in about) + "\n\n")
            f.write(markdown_table(header, rows) + "\n\n" + verdict + "\n")
    if args.samples:
        with open(args.samples, "w", encoding="utf-8") as f:
            f.write("harness\tid\tunit\tsample\tvalue\n")
            for bench_id, (unit, values, name) in sorted(figures.items()):
                for index, value in enumerate(values, 1):
                    f.write(f"{name}\t{bench_id}\t{unit}\t{index}\t{value:g}\n")
    for item in problems.items:
        print(f"scripts/bench: {item}", file=sys.stderr)
    if args.markdown:
        print(f"Table: {args.markdown}; samples: {args.samples}", file=sys.stderr)
    return 1 if problems.items else 0


if __name__ == "__main__":
    sys.exit(main())
