#!/usr/bin/python3
"""Peer for the side-by-side timing in issue 11: RFM scoring of a workbook with pandas + openpyxl.

Reads the Customers and Transactions sheets of a workbook written by `npm run sample` (the first two
sheets; headers in Chinese or English), scores every customer R, F, M 1-5 by quintile, names the
8-class model segment (R, F, M high/low against the average), and writes the scores to a CSV. That is
the part of our CLI's work a pandas user would write first: no data-quality checks, no lifecycle,
churn, schedule, no report workbook. Not run in CI (needs Debian's python3-pandas and python3-openpyxl).

  /usr/bin/python3 scripts/peers/rfm_pandas.py book.xlsx [--as-of 2025-12-31] [--out scores.csv]
"""
import argparse
import time

import pandas as pd

CUSTOMER = ["客户编号", "Customer ID"]
DATE = ["日期", "Date"]
AMOUNT = ["金额(元)", "Amount"]


def pick(columns, names):
    for n in names:
        if n in columns:
            return n
    raise SystemExit(f"none of {names} in {list(columns)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("workbook")
    ap.add_argument("--as-of", default="2025-12-31")
    ap.add_argument("--out", default="rfm_pandas.csv")
    a = ap.parse_args()
    t0 = time.time()
    sheets = pd.read_excel(a.workbook, sheet_name=[0, 1], engine="openpyxl", dtype={0: str})
    customers, tx = sheets[0], sheets[1]
    t1 = time.time()
    cid = pick(customers.columns, CUSTOMER)
    tid, tdate, tamount = pick(tx.columns, CUSTOMER), pick(tx.columns, DATE), pick(tx.columns, AMOUNT)
    as_of = pd.Timestamp(a.as_of)
    tx = tx[[tid, tdate, tamount]].dropna()
    tx[tdate] = pd.to_datetime(tx[tdate])
    tx = tx[(tx[tdate] <= as_of) & (tx[tamount] > 0)]
    g = tx.groupby(tid).agg(last=(tdate, "max"), frequency=(tdate, "count"), monetary=(tamount, "sum"))
    g["recency"] = (as_of - g["last"]).dt.days
    # Quintile scores 1-5 (recent = 5); ranks first so ties do not break qcut.
    g["R"] = pd.qcut(g["recency"].rank(method="first", ascending=False), 5, labels=False) + 1
    g["F"] = pd.qcut(g["frequency"].rank(method="first"), 5, labels=False) + 1
    g["M"] = pd.qcut(g["monetary"].rank(method="first"), 5, labels=False) + 1
    hi_r = g["recency"] <= g["recency"].mean()
    hi_f = g["frequency"] >= g["frequency"].mean()
    hi_m = g["monetary"] >= g["monetary"].mean()
    names = {
        (True, True, True): "重要价值客户", (False, True, True): "重要保持客户",
        (True, False, True): "重要发展客户", (False, False, True): "重要挽留客户",
        (True, True, False): "一般价值客户", (False, True, False): "一般保持客户",
        (True, False, False): "一般发展客户", (False, False, False): "一般挽留客户",
    }
    g["segment"] = [names[k] for k in zip(hi_r, hi_f, hi_m)]
    out = customers[[cid]].merge(g, left_on=cid, right_index=True, how="left")
    out.to_csv(a.out, index=False)
    t2 = time.time()
    print(f"read {t1 - t0:.2f} s, score + write {t2 - t1:.2f} s, total {t2 - t0:.2f} s; "
          f"{len(customers)} customers, {len(tx)} transactions")


if __name__ == "__main__":
    main()
