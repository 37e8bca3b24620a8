<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_MA">
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../ui/register/model.py" line="42" />
        <source>Number</source>
        <translation>N° d'ordre</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="56" />
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="44" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="43" />
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="45" />
        <source>Correspondent</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="46" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="47" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="48" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="51" />
        <source>Incoming</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="52" />
        <source>Outgoing</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="53" />
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="57" />
        <source>Assigned</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="58" />
        <source>In progress</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="59" />
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="60" />
        <source>Closed</source>
        <translation>Classé</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="62" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
</TS>