#!/bin/sh
# cluster/preflight (preflight): unique hostname and machine-id, clock skew at most 2 s
# after: k8s-1/preflight, k8s-2/preflight, k8s-3/preflight
set -eu
# desktop check: unique hostname
# desktop check: unique machine-id
# desktop check: max-skew clock 2
