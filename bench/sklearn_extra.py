#!/usr/bin/python3
"""The scikit-learn anchor recipe (../shared/tools/sklearn_baselines.py, imported unchanged) on the two
public sets that script does not run: IBM claim stance (train -> test, text only) and MPQA phrases (10-fold).
Usage: /usr/bin/python3 bench/sklearn_extra.py [TOOLS_DIR]"""
import os, sys
tools = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools")
sys.path.insert(0, tools)
import sklearn_baselines as sb  # noqa: E402

sb.split_eval("ibm-claim-stance", f"{sb.D}/ibm-claim-stance/train.tsv", f"{sb.D}/ibm-claim-stance/test.tsv", "svm")
sb.cv_eval("mpqa-polarity", f"{sb.D}/mpqa-polarity/all.tsv", "svm")
