"""The application's name and version: the one place both are written."""

APP_NAME = "Microcurrent Atlas"
APP_ID = "microcurrent-atlas"
VERSION = "0.1.0"
