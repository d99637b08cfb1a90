"""Hard-negative values for blind11. Vendor example keys are assembled from parts."""

PLACEHOLDERS = ["your-api-key-here", "changeme", "<YOUR_TOKEN>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME",
                "********", "TODO-set-me", "dummy-password", "<insert secret>", "CHANGE_ME_IN_PROD",
                "please-change", "secret-goes-here", "<redacted>", "0000000000000000", "null"]


def aws_doc_key_id():
    # AWS documentation's example access key id.
    return "AKIA" + "IOSFODNN7" + "EXAMPLE"


def aws_doc_secret():
    return "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY"


def stripe_doc_test_key():
    # The sample test key printed in docs.stripe.com/api/authentication.
    return "sk_" + "test_" + "BQokikJOvBiI2HlWgH4olfQ2"


def mollie_doc_test_key():
    # docs.mollie.com/overview/authentication example.
    return "test_" + "dHar4XY7LxsDOtmnkVtjNVWXLSlXsM"


def easyship_doc_sandbox():
    return "sand_" + "4e2b327e2ef5471885cd0bc50a0c9fe52481793bd309b2c4f"


def jwt_io_sample():
    return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ." +
            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def twilio_doc_sid():
    return "AC" + "X" * 32
