"""Imports from a shop or ERP (products, RMAs, sales counts) and exports of inspections for accounting."""
