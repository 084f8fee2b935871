from setuptools import setup
setup(name="cloudshell-legacy-tool", version="0.3.1", packages=["legacy_tool"], install_requires=["wheel>=0.30"], extras_require={"test": ["pytest"]})
