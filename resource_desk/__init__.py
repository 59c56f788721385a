"""Resource Desk: an offline catalogue of community resources and referral sheets."""

__version__ = "0.1.0"
