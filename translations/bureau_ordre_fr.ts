<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name>Crash</name>
    <message>
      <location filename="../ui/crash.py" line="37" />
      <source>Unexpected error</source>
      <translation>Erreur inattendue</translation>
    </message>
    <message>
      <location filename="../ui/crash.py" line="38" />
      <source>Something went wrong. What you registered is safe; the details are in %1.</source>
      <translation>Un incident est survenu. Ce que vous avez enregistré est en sécurité ; les détails sont dans %1.</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../ui/register/detail.py" line="79" />
      <source>Direction</source>
      <translation>Sens</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="80" />
      <source>Registered on</source>
      <translation>Enregistré le</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="81" />
      <source>Correspondent</source>
      <translation>Correspondant</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="82" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="83" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="84" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="85" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="86" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="87" />
      <source>Pieces</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="88" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="89" />
      <source>Letter date</source>
      <translation>Date de la lettre</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="90" />
      <source>Received / sent on</source>
      <translation>Reçu / envoyé le</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="91" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="92" />
      <source>Observations</source>
      <translation>Observations</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="96" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="97" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="101" />
      <location filename="../ui/register/detail.py" line="114" />
      <source>No mail selected</source>
      <translation>Aucun courrier sélectionné</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/register/detail.py" line="146" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../ui/register/filters.py" line="91" />
      <location filename="../ui/register/filters.py" line="115" />
      <source>All services</source>
      <translation>Tous les services</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="99" />
      <source>Search: number, subject, correspondent</source>
      <translation>Rechercher : numéro, objet, correspondant</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="100" />
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="101" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="103" />
      <source>All directions</source>
      <translation>Tous les sens</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="104" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../ui/labels.py" line="12" />
      <source>Incoming</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="13" />
      <source>Outgoing</source>
      <translation>Départ</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="14" />
      <source>Internal</source>
      <translation>Interne</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="15" />
      <source>Letter</source>
      <translation>Lettre</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="16" />
      <source>Invoice</source>
      <translation>Facture</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="17" />
      <source>Summons</source>
      <translation>Convocation</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="18" />
      <source>Complaint</source>
      <translation>Réclamation</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="19" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="20" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="21" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="22" />
      <source>Circular</source>
      <translation>Circulaire</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="23" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="24" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="25" />
      <source>Counter</source>
      <translation>Guichet</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="26" />
      <source>Post</source>
      <translation>Poste</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="27" />
      <source>Courier</source>
      <translation>Porteur</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="28" />
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="29" />
      <source>Fax</source>
      <translation>Fax</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="30" />
      <source>Portal</source>
      <translation>Portail</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="31" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="32" />
      <source>Urgent</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="33" />
      <source>Very urgent</source>
      <translation>Très urgent</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="34" />
      <source>Registered</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="35" />
      <source>Assigned</source>
      <translation>Imputé</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="36" />
      <source>In progress</source>
      <translation>En traitement</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="37" />
      <source>Answered</source>
      <translation>Répondu</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="38" />
      <source>Closed</source>
      <translation>Classé</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="39" />
      <source>Corrected</source>
      <translation>Corrigé</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="40" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../ui/login.py" line="67" />
      <source>Log in</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="68" />
      <source>&amp;User</source>
      <translation>&amp;Utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="70" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="81" />
      <source>Enter your user name and password.</source>
      <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="181" />
      <source>New &amp;incoming mail…</source>
      <translation>Nouveau courrier &amp;arrivée…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="182" />
      <source>New &amp;outgoing mail…</source>
      <translation>Nouveau courrier &amp;départ…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="183" />
      <source>New in&amp;ternal mail…</source>
      <translation>Nouveau courrier &amp;interne…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="187" />
      <source>Bureau d'ordre — %1</source>
      <translation>Bureau d'ordre — %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="188" />
      <source>&amp;Register</source>
      <translation>&amp;Registre</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="189" />
      <source>Search</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="190" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="191" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="226" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/main_window.py" line="232" />
      <source>%n mail(s)</source>
      <translation>
        <numerusform>%n courrier</numerusform>
        <numerusform>%n courriers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <location filename="../ui/register/model.py" line="43" />
      <source>Number</source>
      <translation>N° d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="45" />
      <source>Direction</source>
      <translation>Sens</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="44" />
      <source>Date and time</source>
      <translation>Date et heure</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="46" />
      <source>Correspondent</source>
      <translation>Correspondant</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="47" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="48" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="49" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
  </context>
  <context>
    <name>RegistrationForm</name>
    <message>
      <location filename="../ui/registration/form.py" line="210" />
      <source>New incoming mail</source>
      <translation>Nouveau courrier arrivée</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="211" />
      <source>New outgoing mail</source>
      <translation>Nouveau courrier départ</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="212" />
      <source>New internal mail</source>
      <translation>Nouveau courrier interne</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="216" />
      <source>&amp;Sender</source>
      <translation>&amp;Expéditeur</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="218" />
      <source>&amp;Recipient</source>
      <translation>&amp;Destinataire</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="219" />
      <source>Su&amp;bject</source>
      <translation>&amp;Objet</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="220" />
      <source>Re&amp;ference</source>
      <translation>&amp;Référence</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="221" />
      <source>Letter &amp;date</source>
      <translation>Date de la le&amp;ttre</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="222" />
      <source>Received o&amp;n</source>
      <translation>Reçu &amp;le</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="224" />
      <source>Sen&amp;t on</source>
      <translation>Envoyé &amp;le</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="225" />
      <source>T&amp;ype</source>
      <translation>T&amp;ype</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="227" />
      <source>Pr&amp;iority</source>
      <translation>&amp;Priorité</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="228" />
      <source>Confidentia&amp;l</source>
      <translation>Con&amp;fidentiel</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="231" />
      <source>&amp;Observations</source>
      <translation>O&amp;bservations</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="232" />
      <source>Attach&amp;ments</source>
      <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="241" />
      <source>S&amp;ave</source>
      <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="242" />
      <source>Save and ne&amp;w</source>
      <translation>Enregistrer et &amp;nouveau</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="226" />
      <source>C&amp;hannel</source>
      <translation>&amp;Canal</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="229" />
      <source>Pie&amp;ces</source>
      <translation>Pièce&amp;s</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="230" />
      <source>Ser&amp;vice</source>
      <translation>Ser&amp;vice</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="239" />
      <source>known</source>
      <translation>connue</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="240" />
      <source>Add a file…</source>
      <translation>Ajouter un fichier…</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="243" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="244" />
      <source>Copy</source>
      <translation>Cop&amp;ier</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="293" />
      <source>Already in the directory: %1</source>
      <translation>Déjà dans le répertoire : %1</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="303" />
      <source>Attach files</source>
      <translation>Joindre des fichiers</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="305" />
      <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF et images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="390" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../ui/setup_wizard.py" line="106" />
      <source>Bureau d'ordre — first set-up</source>
      <translation>Bureau d'ordre — première configuration</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="108" />
      <source>The office</source>
      <translation>Le bureau d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="109" />
      <source>The bureau d'ordre this register belongs to.</source>
      <translation>Le bureau d'ordre auquel appartient ce registre.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="112" />
      <source>Office &amp;code</source>
      <translation>&amp;Code du bureau</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="112" />
      <source>Name in &amp;Arabic</source>
      <translation>Nom en &amp;arabe</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="112" />
      <source>Name in &amp;French</source>
      <translation>Nom en &amp;français</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="116" />
      <source>The first administrator</source>
      <translation>Le premier administrateur</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="117" />
      <source>They set up services and users afterwards.</source>
      <translation>Il crée ensuite les services et les utilisateurs.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="121" />
      <source>&amp;Login</source>
      <translation>&amp;Identifiant</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="122" />
      <source>Full &amp;name</source>
      <translation>&amp;Nom complet</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="123" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="124" />
      <source>&amp;Confirm the password</source>
      <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="137" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="138" />
      <source>&amp;Language of the interface</source>
      <translation>&amp;Langue de l'interface</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="151" />
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe sont différents.</translation>
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <location filename="../ui/main.py" line="47" />
      <source>Opening the register…</source>
      <translation>Ouverture du registre…</translation>
    </message>
  </context>
</TS>