@echo off
set "VIRTUAL_ENV=C:\ProgramData\QualiSystems\venv\Cisco_IOS_Switch_2G_1_3"
