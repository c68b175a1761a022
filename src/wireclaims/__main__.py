"""`python -m wireclaims`."""

from wireclaims.cli import main

main()
