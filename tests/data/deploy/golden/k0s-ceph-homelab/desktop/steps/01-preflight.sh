#!/bin/sh
# cluster/preflight (preflight): unique hostname and machine-id, clock skew at most 2 s
# after: cp-1/preflight, wk-1/preflight, wk-2/preflight, wk-3/preflight
set -eu
# desktop check: unique hostname
# desktop check: unique machine-id
# desktop check: max-skew clock 2
