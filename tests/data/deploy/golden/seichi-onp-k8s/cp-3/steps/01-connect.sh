#!/bin/sh
# cp-3/connect (connect): connect to cloudinit@192.168.18.13:22, verify the host key, authenticate (through jump host bastion)
# after: bastion/connect
set -eu
'true'
