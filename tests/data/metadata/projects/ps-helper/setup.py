from setuptools import setup
setup(name="PS_Helper", version="1.0.0.dev3", packages=["ps_helper"], python_requires=">=3.7")
