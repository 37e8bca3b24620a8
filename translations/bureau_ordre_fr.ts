<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../ui/help/about.py" line="65" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="66" />
      <source>Office</source>
      <translation>Bureau</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="67" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="68" />
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="70" />
      <source>Qt / Python</source>
      <translation>Qt / Python</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="77" />
      <source>About Bureau d'ordre</source>
      <translation>À propos de Bureau d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="81" />
      <source>The register of the bureau d'ordre: incoming, outgoing and internal mail, numbered without gaps, scanned, assigned to the services, linked to the Bureau d'Ordre Digital portal; in Arabic and French.</source>
      <translation>Le registre du bureau d'ordre : courrier arrivée, départ et interne, numéroté sans trou, numérisé, imputé aux services, relié au portail du Bureau d'Ordre Digital ; en arabe et en français.</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="89" />
      <source>Fonts: Noto Sans, Noto Sans Arabic UI, Noto Naskh Arabic (SIL Open Font License).</source>
      <translation>Polices : Noto Sans, Noto Sans Arabic UI, Noto Naskh Arabic (licence SIL Open Font License).</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="93" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
  </context>
  <context>
    <name>AdminLabels</name>
    <message>
      <location filename="../ui/admin/labels.py" line="12" />
      <source>Clerk of the bureau d'ordre</source>
      <translation>Agent du bureau d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="13" />
      <source>Head of service</source>
      <translation>Chef de service</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="14" />
      <source>Agent (treats mail)</source>
      <translation>Agent traitant</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="15" />
      <source>Supervisor</source>
      <translation>Superviseur</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="16" />
      <source>Administrator</source>
      <translation>Administrateur</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="19" />
      <source>Direction</source>
      <translation>Direction</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="20" />
      <source>Division</source>
      <translation>Division</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="21" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="23" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="24" />
      <source>Deactivated</source>
      <translation>Désactivé</translation>
    </message>
  </context>
  <context>
    <name>AdministrationDialog</name>
    <message>
      <location filename="../ui/admin/dialog.py" line="99" />
      <source>Administration — services, users, instructions, deadlines, portal</source>
      <translation>Administration — services, utilisateurs, instructions, délais, portail</translation>
    </message>
    <message>
      <location filename="../ui/admin/dialog.py" line="104" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
  </context>
  <context>
    <name>ArPendingDialog</name>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="281" />
      <source>Registered letters awaiting their AR</source>
      <translation>Recommandés en attente de leur accusé de réception</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="282" />
      <source>&amp;Sent at least this many days ago:</source>
      <translation>&amp;Envoyés depuis au moins (jours) :</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="285" />
      <source>Number</source>
      <translation>N° d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="286" />
      <source>Sent on</source>
      <translation>Envoyé le</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="287" />
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="288" />
      <source>AR number</source>
      <translation>N° de l'AR</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="289" />
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="290" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="293" />
      <source>&amp;Open the mail</source>
      <translation>&amp;Ouvrir le courrier</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="294" />
      <source>AR &amp;returned…</source>
      <translation>&amp;Retour de l'AR…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="295" />
      <source>No registered letter is awaiting its AR.</source>
      <translation>Aucun recommandé n'attend son accusé de réception.</translation>
    </message>
  </context>
  <context>
    <name>ArReturnedDialog</name>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="178" />
      <source>Acknowledgement of receipt returned</source>
      <translation>Retour de l'accusé de réception</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="180" />
      <source>The AR of the registered letter %1 came back:</source>
      <translation>L'accusé de réception du recommandé %1 est revenu :</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="184" />
      <source>&amp;Returned on</source>
      <translation>&amp;Revenu le</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="185" />
      <source>AR &amp;number</source>
      <translation>&amp;N° de l'AR</translation>
    </message>
  </context>
  <context>
    <name>ArSection</name>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="102" />
      <source>no number recorded</source>
      <translation>numéro non saisi</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="105" />
      <source>returned on %1</source>
      <translation>revenu le %1</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="110" />
      <source>not returned yet (sent today)</source>
      <translation>pas encore revenu (envoyé aujourd'hui)</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/ar_dialogs.py" line="112" />
      <source>not returned yet (sent %n day(s) ago)</source>
      <translation>
        <numerusform>pas encore revenu (envoyé il y a %n jour)</numerusform>
        <numerusform>pas encore revenu (envoyé il y a %n jours)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="116" />
      <source>Acknowledgement of receipt: %1</source>
      <translation>Accusé de réception : %1</translation>
    </message>
  </context>
  <context>
    <name>AssignDialog</name>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="155" />
      <source>Assign mail %1</source>
      <translation>Imputer le courrier %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/assign_dialog.py" line="158" />
      <source>Assign %n mail(s)</source>
      <translation>
        <numerusform>Imputer %n courrier</numerusform>
        <numerusform>Imputer %n courriers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/assign_dialog.py" line="159" />
      <source>%n mail(s)</source>
      <translation>
        <numerusform>%n courrier</numerusform>
        <numerusform>%n courriers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="160" />
      <source>&amp;Main service (for action)</source>
      <translation>Service &amp;principal (pour attribution)</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="161" />
      <source>&amp;Copies (for information)</source>
      <translation>&amp;Copies (pour information)</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="162" />
      <source>&amp;Instructions</source>
      <translation>&amp;Instructions</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="163" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="164" />
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="165" />
      <source>Optional: shown to the services</source>
      <translation>Facultatif : visible des services</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="166" />
      <source>Set a &amp;due date</source>
      <translation>&amp;Fixer une échéance</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="167" />
      <source>&amp;Assign</source>
      <translation>I&amp;mputer</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/assign_dialog.py" line="178" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="182" />
      <source>By default: %1 for normal mail, %2 for urgent, %3 for very urgent.</source>
      <translation>Par défaut : %1 pour le courrier normal, %2 pour l'urgent, %3 pour le très urgent.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="247" />
      <source>Choose the service the mail is assigned to.</source>
      <translation>Choisissez le service auquel le courrier est imputé.</translation>
    </message>
  </context>
  <context>
    <name>BasketPanel</name>
    <message>
      <location filename="../ui/register/baskets.py" line="108" />
      <source>All mail</source>
      <translation>Tout le courrier</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="109" />
      <source>Today's mail</source>
      <translation>Courrier du jour</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="110" />
      <source>To hand on</source>
      <translation>À répartir</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="110" />
      <source>To assign</source>
      <translation>À imputer</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="111" />
      <source>To treat</source>
      <translation>À traiter</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="112" />
      <source>Returned by a service</source>
      <translation>Renvoyé par un service</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="113" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="114" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="115" />
      <source>To be sorted (scans)</source>
      <translation>À trier (scans)</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="121" />
      <source>The whole register, as the filters above choose it</source>
      <translation>Tout le registre, selon les filtres ci-dessus</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="122" />
      <source>Mail registered today</source>
      <translation>Le courrier enregistré aujourd'hui</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="123" />
      <source>Mail assigned to your service that no agent holds yet</source>
      <translation>Le courrier imputé à votre service, pas encore confié à un agent</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="125" />
      <source>Incoming and internal mail not assigned to a service yet</source>
      <translation>Le courrier arrivée et interne pas encore imputé à un service</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="126" />
      <source>Mail handed to you, not started yet</source>
      <translation>Le courrier qui vous est confié, pas encore pris en charge</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="128" />
      <source>Mail a service sent back to the bureau d'ordre: the reason is in its history</source>
      <translation>Le courrier qu'un service a renvoyé au bureau d'ordre : le motif est dans son historique</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="130" />
      <source>Open mail past its due date</source>
      <translation>Le courrier en cours dont l'échéance est passée</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="131" />
      <source>Cancelled mail: it keeps its number in the register</source>
      <translation>Le courrier annulé : il garde son numéro dans le registre</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="132" />
      <source>Scanned documents no label matched: opens the tray</source>
      <translation>Les documents numérisés sans étiquette reconnue : ouvre le bac à trier</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="136" />
      <source>Baskets</source>
      <translation>Corbeilles</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="53" />
      <source>Cancel mail %1</source>
      <translation>Annuler le courrier %1</translation>
    </message>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="57" />
      <source>The mail stays in the register under its number, marked cancelled; the reason is kept in its history.</source>
      <translation>Le courrier reste au registre sous son numéro, marqué annulé ; le motif est conservé dans son historique.</translation>
    </message>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="61" />
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="62" />
      <source>Cancel &amp;the mail</source>
      <translation>Annuler &amp;le courrier</translation>
    </message>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="63" />
      <source>&amp;Keep it</source>
      <translation>Le &amp;garder</translation>
    </message>
  </context>
  <context>
    <name>CaptureDesk</name>
    <message>
      <location filename="../ui/capture/desk.py" line="83" />
      <source>Scanning and &amp;capture…</source>
      <translation>Numérisation et &amp;capture…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/desk.py" line="148" />
      <source>%n file(s) attached to %1.</source>
      <translation>
        <numerusform>%n fichier joint à %1.</numerusform>
        <numerusform>%n fichiers joints à %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/desk.py" line="173" />
      <source>Watched folder: %n document(s) attached</source>
      <translation>
        <numerusform>Dossier surveillé : %n document joint</numerusform>
        <numerusform>Dossier surveillé : %n documents joints</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/desk.py" line="175" />
      <source>%n to be sorted by hand</source>
      <translation>
        <numerusform>%n à trier à la main</numerusform>
        <numerusform>%n à trier à la main</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaptureWindow</name>
    <message>
      <location filename="../ui/capture/window.py" line="78" />
      <source>Scanning and capture</source>
      <translation>Numérisation et capture</translation>
    </message>
    <message>
      <location filename="../ui/capture/window.py" line="79" />
      <source>Scan and import</source>
      <translation>Numériser et importer</translation>
    </message>
    <message>
      <location filename="../ui/capture/window.py" line="81" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/capture/window.py" line="90" />
      <source>To be sorted</source>
      <translation>À trier</translation>
    </message>
    <message>
      <location filename="../ui/capture/window.py" line="109" />
      <source>Working…</source>
      <translation>Traitement en cours…</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../ui/amend/correction_dialog.py" line="152" />
      <source>Correct mail %1</source>
      <translation>Corriger le courrier %1</translation>
    </message>
    <message>
      <location filename="../ui/amend/correction_dialog.py" line="154" />
      <source>Reason for the co&amp;rrection</source>
      <translation>Motif de la co&amp;rrection</translation>
    </message>
    <message>
      <location filename="../ui/amend/correction_dialog.py" line="158" />
      <source>known</source>
      <translation>connue</translation>
    </message>
    <message>
      <location filename="../ui/amend/correction_dialog.py" line="159" />
      <source>Required: kept in the mail's history</source>
      <translation>Obligatoire : conservé dans l'historique du courrier</translation>
    </message>
  </context>
  <context>
    <name>CorrespondentField</name>
    <message>
      <location filename="../ui/registration/correspondent_field.py" line="101" />
      <source>New in the directory:</source>
      <translation>Nouveau au répertoire :</translation>
    </message>
    <message>
      <location filename="../ui/registration/correspondent_field.py" line="102" />
      <source>CIN, ICE… (optional)</source>
      <translation>CIN, ICE… (facultatif)</translation>
    </message>
    <message>
      <location filename="../ui/registration/correspondent_field.py" line="201" />
      <source>Already in the directory: %1</source>
      <translation>Déjà dans le répertoire : %1</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="../ui/crash.py" line="35" />
      <source>Unexpected error</source>
      <translation>Erreur inattendue</translation>
    </message>
    <message>
      <location filename="../ui/crash.py" line="36" />
      <source>Something went wrong. What you registered is safe; the details are in %1.</source>
      <translation>Un incident est survenu. Ce que vous avez enregistré est en sécurité ; les détails sont dans %1.</translation>
    </message>
  </context>
  <context>
    <name>DashboardWindow</name>
    <message>
      <location filename="../ui/stats/window.py" line="244" />
      <source>Activity dashboard</source>
      <translation>Tableau de bord d'activité</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="245" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="246" />
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="247" />
      <location filename="../ui/stats/window.py" line="434" />
      <location filename="../ui/stats/window.py" line="469" />
      <location filename="../ui/stats/window.py" line="482" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="248" />
      <source>This month</source>
      <translation>Ce mois</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="249" />
      <source>Last month</source>
      <translation>Mois dernier</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="250" />
      <source>This year</source>
      <translation>Cette année</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="251" />
      <source>All services</source>
      <translation>Tous les services</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="252" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="253" />
      <source>Report (PDF)…</source>
      <translation>Rapport (PDF)…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="254" />
      <source>Report (Excel)…</source>
      <translation>Rapport (Excel)…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="255" />
      <source>Holidays…</source>
      <translation>Jours fériés…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="256" />
      <source>Overdue mail by agent</source>
      <translation>Courrier en retard par agent</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="260" />
      <source>By day</source>
      <translation>Par jour</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="260" />
      <source>By week</source>
      <translation>Par semaine</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="261" />
      <source>By month</source>
      <translation>Par mois</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="265" />
      <source>By direction</source>
      <translation>Par sens</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="265" />
      <source>By channel</source>
      <translation>Par canal</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="266" />
      <source>By service</source>
      <translation>Par service</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="281" />
      <source>Volumes</source>
      <translation>Volumes</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="282" />
      <source>Delays</source>
      <translation>Délais</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="283" />
      <source>Stock and overdue mail</source>
      <translation>Stock et retards</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="284" />
      <source>Coverage and portal</source>
      <translation>Taux de réponse et portail</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="292" />
      <source>Registration → assignment</source>
      <translation>Enregistrement → affectation</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="293" />
      <source>Assignment → first action</source>
      <translation>Affectation → première action</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="294" />
      <source>First action → answer</source>
      <translation>Première action → réponse</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="295" />
      <source>Registration → answer</source>
      <translation>Enregistrement → réponse</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="326" />
      <source>Reading the figures…</source>
      <translation>Lecture des chiffres…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="352" />
      <source>(no service)</source>
      <translation>(sans service)</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="362" />
      <source>the whole office</source>
      <translation>tout le bureau</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/window.py" line="369" />
      <source>%n mail(s) registered</source>
      <translation>
        <numerusform>%n courrier enregistré</numerusform>
        <numerusform>%n courriers enregistrés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="370" />
      <source>as at %1</source>
      <translation>au %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/window.py" line="372" />
      <source>%n working day(s)</source>
      <translation>
        <numerusform>%n jour ouvré</numerusform>
        <numerusform>%n jours ouvrés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="394" />
      <location filename="../ui/stats/window.py" line="502" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="394" />
      <location filename="../ui/stats/window.py" line="475" />
      <location filename="../ui/stats/window.py" line="507" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="407" />
      <source>W%1</source>
      <comment>a week's number under its bar</comment>
      <translation>S%1</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="420" />
      <location filename="../ui/stats/window.py" line="434" />
      <source>Median</source>
      <translation>Médiane</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="421" />
      <location filename="../ui/stats/window.py" line="435" />
      <source>90th percentile</source>
      <translation>90e centile</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="434" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="434" />
      <source>Mails</source>
      <translation>Courriers</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="439" />
      <source>All</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="461" />
      <location filename="../ui/stats/window.py" line="469" />
      <location filename="../ui/stats/window.py" line="603" />
      <location filename="../ui/stats/window.py" line="618" />
      <source>Open</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="462" />
      <location filename="../ui/stats/window.py" line="469" />
      <location filename="../ui/stats/window.py" line="482" />
      <location filename="../ui/stats/window.py" line="601" />
      <location filename="../ui/stats/window.py" line="614" />
      <location filename="../ui/stats/window.py" line="629" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="482" />
      <source>Agent</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="486" />
      <source>(no agent named)</source>
      <translation>(aucun agent désigné)</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="494" />
      <location filename="../ui/stats/window.py" line="502" />
      <location filename="../ui/stats/window.py" line="643" />
      <source>Received</source>
      <translation>Reçus</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="495" />
      <location filename="../ui/stats/window.py" line="502" />
      <location filename="../ui/stats/window.py" line="640" />
      <source>Answered</source>
      <translation>Répondu</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="502" />
      <source>Coverage</source>
      <translation>Taux de réponse</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/window.py" line="518" />
      <source>Portal: %n of the %1 incoming mails (%2).</source>
      <translation>
        <numerusform>Portail : %n des %1 courriers arrivés (%2).</numerusform>
        <numerusform>Portail : %n des %1 courriers arrivés (%2).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="522" />
      <source>Acknowledged within %1 h (median), %2 h (90th percentile).</source>
      <translation>Accusé de réception en %1 h (médiane), %2 h (90e centile).</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/window.py" line="525" />
      <source>%n not acknowledged yet.</source>
      <translation>
        <numerusform>%n sans accusé de réception.</numerusform>
        <numerusform>%n sans accusé de réception.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="545" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="671" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="671" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="673" />
      <source>Save the report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="689" />
      <source>Writing the report…</source>
      <translation>Rédaction du rapport…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="693" />
      <source>Report saved: %1</source>
      <translation>Rapport enregistré : %1</translation>
    </message>
  </context>
  <context>
    <name>DatabasePage</name>
    <message>
      <location filename="../ui/preferences/database_page.py" line="136" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="139" />
      <source>&amp;This computer only (a database file)</source>
      <translation>&amp;Ce poste uniquement (un fichier de base de données)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="140" />
      <source>&amp;Shared server of the office (PostgreSQL)</source>
      <translation>&amp;Serveur partagé du bureau (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="141" />
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="145" />
      <source>&amp;Server</source>
      <translation>&amp;Serveur</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="146" />
      <source>P&amp;ort</source>
      <translation>P&amp;ort</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="147" />
      <source>&amp;Database</source>
      <translation>&amp;Base</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="148" />
      <source>&amp;User</source>
      <translation>&amp;Utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="149" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="155" />
      <source>kept in the encrypted secrets file</source>
      <translation>conservé dans le fichier de secrets chiffré</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="157" />
      <source>kept in the system keyring</source>
      <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="161" />
      <source>Only an administrator may change the database this computer opens. Ask one if it must change.</source>
      <translation>Seul un administrateur peut changer la base de données qu'ouvre cet ordinateur. Adressez-vous à lui s'il faut la changer.</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="165" />
      <source>T&amp;est the connection</source>
      <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="167" />
      <source>A change of database takes effect the next time the application starts.</source>
      <translation>Un changement de base de données prend effet au prochain démarrage de l'application.</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="231" />
      <source>Database file</source>
      <translation>Fichier de base de données</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="233" />
      <source>Bureau d'ordre database (*.sqlite)</source>
      <translation>Base Bureau d'ordre (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="247" />
      <source>Connecting…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="260" />
      <source>Connected: register of %1.</source>
      <translation>Connecté : registre de %1.</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="264" />
      <source>Connected: the database is empty; the set-up wizard will run at start.</source>
      <translation>Connecté : la base est vide ; l'assistant de mise en service se lancera au démarrage.</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="267" />
      <source>Connected: no office set up yet; the set-up wizard will run.</source>
      <translation>Connecté : aucun bureau n'est encore configuré ; l'assistant de mise en service se lancera.</translation>
    </message>
  </context>
  <context>
    <name>DayChecks</name>
    <message>
      <location filename="../ui/registration/day_checks.py" line="57" />
      <source>“%1” is not a day: type it as dd/mm/yyyy.</source>
      <translation>« %1 » n'est pas une date : tapez-la sous la forme jj/mm/aaaa.</translation>
    </message>
    <message>
      <location filename="../ui/registration/day_checks.py" line="60" />
      <source>%1 is too far in the past: check the year.</source>
      <translation>%1 est trop ancien : vérifiez l'année.</translation>
    </message>
    <message>
      <location filename="../ui/registration/day_checks.py" line="69" />
      <source>The letter is dated %1, after today: check its date.</source>
      <translation>La lettre est datée du %1, après aujourd'hui : vérifiez sa date.</translation>
    </message>
    <message>
      <location filename="../ui/registration/day_checks.py" line="71" />
      <source>Received on %1, after today: check the day.</source>
      <translation>Reçu le %1, après aujourd'hui : vérifiez la date.</translation>
    </message>
    <message>
      <location filename="../ui/registration/day_checks.py" line="73" />
      <source>Sent on %1, after today: check the day.</source>
      <translation>Envoyé le %1, après aujourd'hui : vérifiez la date.</translation>
    </message>
  </context>
  <context>
    <name>DayEdit</name>
    <message>
      <location filename="../ui/day_edit.py" line="182" />
      <source>dd/mm/yyyy</source>
      <translation>jj/mm/aaaa</translation>
    </message>
    <message>
      <location filename="../ui/day_edit.py" line="183" />
      <location filename="../ui/day_edit.py" line="184" />
      <source>Calendar (Alt+Down)</source>
      <translation>Calendrier (Alt+Bas)</translation>
    </message>
  </context>
  <context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
      <location filename="../ui/admin/deadlines_page.py" line="32" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeadlinesPage</name>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="78" />
      <source>&amp;Deadlines</source>
      <translation>&amp;Délais</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="81" />
      <source>Default time to treat a mail, from the day it is assigned</source>
      <translation>Délai de traitement par défaut, compté à partir du jour de l'imputation</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="83" />
      <source>&amp;Normal mail</source>
      <translation>Courrier &amp;normal</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="84" />
      <source>&amp;Urgent mail</source>
      <translation>Courrier ur&amp;gent</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="85" />
      <source>&amp;Very urgent mail</source>
      <translation>Courrier &amp;très urgent</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="92" />
      <source>From 1 to %1 days. Whatever these defaults, a citizen's request or complaint is always due at the latest %1 days after it was received (the legal limit), and a due date typed past that day is refused.</source>
      <translation>De 1 à %1 jours. Quels que soient ces délais, la demande ou la réclamation d'un citoyen doit être traitée au plus tard %1 jours après sa réception (délai légal) ; une échéance saisie au-delà de ce jour est refusée.</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="97" />
      <source>Sa&amp;ve the deadlines</source>
      <translation>&amp;Enregistrer les délais</translation>
    </message>
  </context>
  <context>
    <name>DelaysView</name>
    <message>
      <location filename="../ui/imputation/delays_view.py" line="65" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/imputation/delays_view.py" line="65" />
      <source>Open mail</source>
      <translation>Courrier en cours</translation>
    </message>
    <message>
      <location filename="../ui/imputation/delays_view.py" line="65" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/delays_view.py" line="120" />
      <source>%n open mail(s) in the services</source>
      <translation>
        <numerusform>%n courrier en cours dans les services</numerusform>
        <numerusform>%n courriers en cours dans les services</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/delays_view.py" line="122" />
      <source>%n overdue</source>
      <translation>
        <numerusform>%n en retard</numerusform>
        <numerusform>%n en retard</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeliveryBookDialog</name>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="240" />
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="261" />
      <source>%n mail(s)</source>
      <translation>
        <numerusform>%n courrier</numerusform>
        <numerusform>%n courriers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="261" />
      <source>%n sheet(s)</source>
      <translation>
        <numerusform>%n feuille</numerusform>
        <numerusform>%n feuilles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="263" />
      <source>%n not handed over yet</source>
      <translation>
        <numerusform>%n pas encore remis</numerusform>
        <numerusform>%n pas encore remis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="288" />
      <source>Save it as a PDF instead.</source>
      <translation>Enregistrez-le plutôt en PDF.</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="298" />
      <source>The delivery book went to the printer.</source>
      <translation>Le cahier de transmission est parti à l'imprimante.</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="315" />
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="327" />
      <source>Saved: %1</source>
      <translation>Enregistré : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="346" />
      <source>%n mail(s) to %1</source>
      <translation>
        <numerusform>%n courrier à %1</numerusform>
        <numerusform>%n courriers à %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="352" />
      <source>Record the handing-over</source>
      <translation>Enregistrer la remise</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="355" />
      <source>Record that these mails were handed over, signed for by the service?</source>
      <translation>Enregistrer la remise de ces courriers, signée par le service ?</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="360" />
      <source>&amp;Record</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="379" />
      <source>Handed over to %1: %n mail(s).</source>
      <translation>
        <numerusform>Remis à %1 : %n courrier.</numerusform>
        <numerusform>Remis à %1 : %n courriers.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="403" />
      <source>Delivery book</source>
      <translation>Cahier de transmission</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="404" />
      <source>&amp;Service</source>
      <translation>&amp;Service</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="405" />
      <source>&amp;Day</source>
      <translation>&amp;Jour</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="406" />
      <source>All services (a sheet each)</source>
      <translation>Tous les services (une feuille chacun)</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="407" />
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="408" />
      <source>&amp;Only mail not handed over yet</source>
      <translation>&amp;Seulement le courrier pas encore remis</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="411" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="412" />
      <source>Number</source>
      <translation>N° d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="413" />
      <source>Registered on</source>
      <translation>Enregistré le</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="414" />
      <source>Correspondent</source>
      <translation>Correspondant</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="415" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="416" />
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="417" />
      <source>Handed over on</source>
      <translation>Remis le</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="420" />
      <source>Received by (&amp;name):</source>
      <translation>Reçu par (&amp;nom) :</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="421" />
      <source>&amp;Print</source>
      <translation>&amp;Imprimer</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="422" />
      <source>Pre&amp;view…</source>
      <translation>&amp;Aperçu…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="423" />
      <source>Save as P&amp;DF…</source>
      <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="424" />
      <source>Record the &amp;handing-over…</source>
      <translation>Enregistrer la &amp;remise…</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../ui/register/detail.py" line="111" />
      <source>Direction</source>
      <translation>Sens</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="112" />
      <source>Registered on</source>
      <translation>Enregistré le</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="113" />
      <source>Correspondent</source>
      <translation>Correspondant</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="114" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="115" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="116" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="117" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="118" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="119" />
      <source>Pieces</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="120" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="121" />
      <source>Letter date</source>
      <translation>Date de la lettre</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="122" />
      <source>Received / sent on</source>
      <translation>Reçu / envoyé le</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="123" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="124" />
      <source>Observations</source>
      <translation>Observations</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="125" />
      <source>Assigned to</source>
      <translation>Imputé à</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="126" />
      <source>Copies to</source>
      <translation>Copies à</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="127" />
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="128" />
      <source>Instructions</source>
      <translation>Instructions</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="129" />
      <source>Answered by</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="134" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="135" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="140" />
      <location filename="../ui/register/detail.py" line="158" />
      <source>No mail selected</source>
      <translation>Aucun courrier sélectionné</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="197" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="198" />
      <source>Returned by</source>
      <translation>Renvoyé par</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="229" />
      <source>%1 (overdue)</source>
      <translation>%1 (en retard)</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/register/detail.py" line="307" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DiscardDialog</name>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="46" />
      <source>Discard deposit %1</source>
      <translation>Écarter le dépôt %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="55" />
      <source>The deposit will not be registered: it leaves the quarantine for good. Say why (a duplicate, a test, the depositor was told to deposit again...).</source>
      <translation>Le dépôt ne sera pas enregistré : il quitte la quarantaine définitivement. Dites pourquoi (un doublon, un essai, le déposant a été invité à déposer de nouveau…).</translation>
    </message>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="59" />
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="60" />
      <source>&amp;Discard</source>
      <translation>É&amp;carter</translation>
    </message>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="61" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>DiscardMessageDialog</name>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="59" />
      <source>Discard an e-mail</source>
      <translation>Écarter un courriel</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="63" />
      <source>The e-mail will not be registered: it leaves the basket, and is kept with the reason. Say why (advertising, a duplicate of a letter already received...).</source>
      <translation>Le courriel ne sera pas enregistré : il quitte la corbeille et reste conservé avec le motif. Dites pourquoi (publicité, doublon d'une lettre déjà reçue...).</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="67" />
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="68" />
      <source>&amp;Discard</source>
      <translation>É&amp;carter</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="69" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>DispatchDesk</name>
    <message>
      <location filename="../ui/dispatch/desk.py" line="118" />
      <source>&amp;Labels of the selection…</source>
      <translation>Éti&amp;quettes de la sélection…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="119" />
      <source>Print the routing &amp;slips</source>
      <translation>Imprimer les &amp;fiches d'imputation</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="120" />
      <source>Preview the routing slips…</source>
      <translation>Aperçu des fiches d'imputation…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="121" />
      <source>Save the routing slips as PDF…</source>
      <translation>Enregistrer les fiches d'imputation en PDF…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="122" />
      <source>Attach the routing slips to the mails</source>
      <translation>Joindre les fiches d'imputation aux courriers</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="123" />
      <source>&amp;Delivery book…</source>
      <translation>Cahier de &amp;transmission…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="124" />
      <source>AR &amp;returned…</source>
      <translation>Retour de l'&amp;AR…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="125" />
      <source>Registered letters awaiting their &amp;AR…</source>
      <translation>Recommandés en attente de leur A&amp;R…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="144" />
      <source>Select one or more mails in the register first.</source>
      <translation>Sélectionnez d'abord un ou plusieurs courriers dans le registre.</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="165" />
      <source>Its AR came back on %1.</source>
      <translation>Son AR est revenu le %1.</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="169" />
      <source>Only for an outgoing letter sent registered with AR.</source>
      <translation>Seulement pour un courrier de départ envoyé en recommandé avec AR.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/desk.py" line="207" />
      <source>Routing slip attached to %n mail(s).</source>
      <translation>
        <numerusform>Fiche d'imputation jointe à %n courrier.</numerusform>
        <numerusform>Fiche d'imputation jointe à %n courriers.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="222" />
      <source>Routing slips</source>
      <translation>Fiches d'imputation</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/desk.py" line="225" />
      <source>Print the routing slip of the %n mail(s) assigned?</source>
      <translation>
        <numerusform>Imprimer la fiche d'imputation du courrier imputé ?</numerusform>
        <numerusform>Imprimer les fiches d'imputation des %n courriers imputés ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="228" />
      <source>&amp;Print</source>
      <translation>&amp;Imprimer</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="229" />
      <source>&amp;Not now</source>
      <translation>&amp;Pas maintenant</translation>
    </message>
  </context>
  <context>
    <name>Display</name>
    <message>
      <location filename="../ui/display.py" line="67" />
      <source>%1 AH</source>
      <translation>%1 H</translation>
    </message>
  </context>
  <context>
    <name>DisplayPage</name>
    <message>
      <location filename="../ui/preferences/display_page.py" line="70" />
      <source>Display</source>
      <translation>Affichage</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="73" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="74" />
      <source>Digits</source>
      <translation>Chiffres</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="75" />
      <source>&amp;Hijri date</source>
      <translation>Date de l'&amp;hégire</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="76" />
      <source>Example</source>
      <translation>Exemple</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="77" />
      <source>Show the Hijri date beside the Gregorian date</source>
      <translation>Afficher la date de l'hégire à côté de la date grégorienne</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="80" />
      <source>Computed with the tabular Islamic calendar: it may differ by a day from the calendar announced after the sighting of the moon. The register itself is kept in Gregorian dates.</source>
      <translation>Calculée selon le calendrier musulman tabulaire : elle peut différer d'un jour du calendrier annoncé après l'observation du croissant. Le registre lui-même est tenu en dates grégoriennes.</translation>
    </message>
  </context>
  <context>
    <name>DocumentOutput</name>
    <message numerus="yes">
      <location filename="../ui/preview/output.py" line="95" />
      <source>%n page(s) sent to the printer.</source>
      <translation>
        <numerusform>%n page envoyée à l'imprimante.</numerusform>
        <numerusform>%n pages envoyées à l'imprimante.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/preview/output.py" line="113" />
      <source>Copy saved: %1</source>
      <translation>Copie enregistrée : %1</translation>
    </message>
  </context>
  <context>
    <name>EmailForm</name>
    <message>
      <location filename="../ui/mailbox/form.py" line="123" />
      <source>Sender (Latin letters)</source>
      <translation>Expéditeur (lettres latines)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="124" />
      <source>Sender (Arabic)</source>
      <translation>Expéditeur (en arabe)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="125" />
      <source>Sender's e-mail</source>
      <translation>Courriel de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="126" />
      <source>Sender is</source>
      <translation>L'expéditeur est</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="127" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="128" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="129" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="130" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="134" />
      <source>Send the acknowledgement by e-mail</source>
      <translation>Envoyer l'accusé de réception par courriel</translation>
    </message>
  </context>
  <context>
    <name>EmailPane</name>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="113" />
      <source>kept in the .eml only</source>
      <translation>conservé seulement dans le .eml</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="115" />
      <source>attached to the mail</source>
      <translation>joint au courrier</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="151" />
      <source>Written in HTML: shown as text, nothing is loaded from the Internet.</source>
      <translation>Écrit en HTML : affiché en texte, rien n'est chargé depuis Internet.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="154" />
      <source>The message is malformed; it is shown as well as it can be.</source>
      <translation>Le message est mal formé ; il est affiché du mieux possible.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="169" />
      <source>From</source>
      <translation>Expéditeur</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="170" />
      <source>Received</source>
      <translation>Reçu le</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="171" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
  </context>
  <context>
    <name>FieldLimit</name>
    <message numerus="yes">
      <location filename="../ui/limits.py" line="47" />
      <source>At most %n character(s) here.</source>
      <translation>
        <numerusform>%n caractère au plus ici.</numerusform>
        <numerusform>%n caractères au plus ici.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../ui/register/filters.py" line="124" />
      <location filename="../ui/register/filters.py" line="155" />
      <source>All services</source>
      <translation>Tous les services</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="133" />
      <source>Search: number, subject, correspondent, reference…</source>
      <translation>Rechercher : numéro, objet, correspondant, référence…</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="135" />
      <source>By relevance</source>
      <translation>Par pertinence</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="136" />
      <source>Best matches first instead of the newest first</source>
      <translation>Les résultats les plus pertinents d'abord, au lieu des plus récents</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="137" />
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="138" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="140" />
      <source>All directions</source>
      <translation>Tous les sens</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="142" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="143" />
      <source>All types</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="144" />
      <source>All channels</source>
      <translation>Tous les canaux</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="247" />
      <source>Show the whole register again</source>
      <translation>Revenir au registre complet</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../ui/help/dialog.py" line="84" />
      <source>Register a mail: Ctrl+1 incoming, Ctrl+2 outgoing, Ctrl+3 internal. Type in the order of the paper, Tab from field to field; Enter saves and shows the number, Ctrl+Enter saves and opens the next form with the same channel, type, service and priority.</source>
      <translation>Enregistrer un courrier : Ctrl+1 arrivée, Ctrl+2 départ, Ctrl+3 interne. Saisissez dans l'ordre du papier, Tab d'un champ à l'autre ; Entrée enregistre et affiche le numéro, Ctrl+Entrée enregistre et ouvre le formulaire suivant avec le même canal, le même type, le même service et la même priorité.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="90" />
      <source>Once the number is issued the mail is fixed: a change is a correction (Ctrl+E), with its reason; the history keeps what was first registered.</source>
      <translation>Une fois le numéro attribué, le courrier est arrêté : toute modification est une correction (Ctrl+E), avec son motif ; l'historique garde ce qui a été enregistré d'abord.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="94" />
      <source>A label scanned with the barcode reader opens its mail, wherever the cursor is; what you were typing stays as it was.</source>
      <translation>Une étiquette lue au lecteur de codes-barres ouvre son courrier, où que soit le curseur ; ce que vous saisissiez reste tel quel.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="98" />
      <source>Days are typed as they are written, day first: 23112026 or 23/11/2026. Alt+Down opens the calendar; Up and Down move a day.</source>
      <translation>Les dates se tapent comme elles s'écrivent, le jour d'abord : 23112026 ou 23/11/2026. Alt+Bas ouvre le calendrier ; Haut et Bas avancent ou reculent d'un jour.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="102" />
      <source>Search (Ctrl+F) finds numbers, names, subjects and references, whatever the spelling or the script.</source>
      <translation>La recherche (Ctrl+F) trouve numéros, noms, objets et références, quelle que soit l'orthographe ou l'écriture.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="106" />
      <source>Leaving the counter: Ctrl+L locks the session; Log out lets another clerk in; Ctrl+Q quits. A form with something typed is never closed without asking.</source>
      <translation>Quitter le guichet : Ctrl+L verrouille la session ; Se déconnecter laisse la place à un autre agent ; Ctrl+Q quitte. Un formulaire en cours de saisie n'est jamais fermé sans vous le demander.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="114" />
      <source>In a form: save</source>
      <translation>Dans un formulaire : enregistrer</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="115" />
      <source>In a form: save and start the next one</source>
      <translation>Dans un formulaire : enregistrer et passer au suivant</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="116" />
      <source>In a form: save and print the label</source>
      <translation>Dans un formulaire : enregistrer et imprimer l'étiquette</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="117" />
      <source>In a form: cancel (asks first if something was typed)</source>
      <translation>Dans un formulaire : annuler (demande d'abord si quelque chose a été saisi)</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="118" />
      <source>Next field, in the order of the paper</source>
      <translation>Champ suivant, dans l'ordre du papier</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="119" />
      <source>In a day field: the calendar</source>
      <translation>Dans un champ de date : le calendrier</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="120" />
      <source>In the attachment list: remove the file</source>
      <translation>Dans la liste des pièces jointes : retirer le fichier</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="121" />
      <source>This help</source>
      <translation>Cette aide</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="143" />
      <source>The counter in a few lines</source>
      <translation>Le guichet en quelques lignes</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="144" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="145" />
      <source>Command</source>
      <translation>Commande</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="146" />
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="147" />
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="158" />
      <source>Help — Bureau d'ordre</source>
      <translation>Aide — Bureau d'ordre</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../ui/register/history.py" line="17" />
      <source>subject</source>
      <translation>objet</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="18" />
      <source>correspondent</source>
      <translation>correspondant</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="19" />
      <source>reference</source>
      <translation>référence</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="20" />
      <source>letter date</source>
      <translation>date de la lettre</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="21" />
      <source>received / sent on</source>
      <translation>reçu / envoyé le</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="22" />
      <source>type</source>
      <translation>type</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="23" />
      <source>channel</source>
      <translation>canal</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="24" />
      <source>priority</source>
      <translation>priorité</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="25" />
      <source>confidential</source>
      <translation>confidentiel</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="26" />
      <source>pieces</source>
      <translation>pièces</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="27" />
      <source>observations</source>
      <translation>observations</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="28" />
      <source>service</source>
      <translation>service</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="29" />
      <source>status</source>
      <translation>statut</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="30" />
      <source>copies</source>
      <translation>copies</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="31" />
      <source>agent</source>
      <translation>agent</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="32" />
      <source>instructions</source>
      <translation>instructions</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="33" />
      <source>due date</source>
      <translation>échéance</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="34" />
      <source>answered by</source>
      <translation>réponse</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="35" />
      <source>AR number</source>
      <translation>n° d'AR</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="36" />
      <source>AR returned on</source>
      <translation>AR revenu le</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="37" />
      <source>for</source>
      <translation>pour</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="41" />
      <source>Registered</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="42" />
      <source>Corrected</source>
      <translation>Corrigé</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="43" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="44" />
      <source>Attachment added</source>
      <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="45" />
      <source>Label printed</source>
      <translation>Étiquette imprimée</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="46" />
      <source>Receipt printed</source>
      <translation>Récépissé imprimé</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="47" />
      <source>Assigned</source>
      <translation>Imputé</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="48" />
      <source>Handed on</source>
      <translation>Réimputé</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="49" />
      <source>Sent back to the bureau d'ordre</source>
      <translation>Renvoyé au bureau d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="50" />
      <source>Treatment started</source>
      <translation>Traitement commencé</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="51" />
      <source>Answered</source>
      <translation>Répondu</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="52" />
      <source>Filed</source>
      <translation>Classé</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="53" />
      <source>Routing slip printed</source>
      <translation>Fiche d'imputation imprimée</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="54" />
      <source>Handed over to the service</source>
      <translation>Remis au service</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="55" />
      <source>Acknowledgement of receipt returned</source>
      <translation>Accusé de réception revenu</translation>
    </message>
  </context>
  <context>
    <name>HolidaysDialog</name>
    <message>
      <location filename="../ui/stats/holidays.py" line="142" />
      <source>Official holidays</source>
      <translation>Jours fériés officiels</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="143" />
      <source>Year</source>
      <translation>Année</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="144" />
      <source>Add the year's fixed holidays</source>
      <translation>Ajouter les fêtes fixes de l'année</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="145" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="146" />
      <source>Add this day</source>
      <translation>Ajouter ce jour</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="150" />
      <source>Known holiday</source>
      <translation>Fête connue</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="151" />
      <location filename="../ui/stats/holidays.py" line="160" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="152" />
      <location filename="../ui/stats/holidays.py" line="160" />
      <source>Hijri date</source>
      <translation>Date hégirienne</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="153" />
      <source>Name (French)</source>
      <translation>Nom (français)</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="154" />
      <source>Name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="160" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="160" />
      <source>Kind</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="171" />
      <source>fixed</source>
      <translation>fixe</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="172" />
      <source>religious</source>
      <translation>religieuse</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="173" />
      <source>other</source>
      <translation>autre</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="207" />
      <source>(another day)</source>
      <translation>(un autre jour)</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/holidays.py" line="248" />
      <source>%n holiday(s) added.</source>
      <translation>
        <numerusform>%n jour férié ajouté.</numerusform>
        <numerusform>%n jours fériés ajoutés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="266" />
      <source>Holiday of %1 added.</source>
      <translation>Jour férié du %1 ajouté.</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="284" />
      <source>Holiday of %1 removed.</source>
      <translation>Jour férié du %1 supprimé.</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../ui/session/idle_lock.py" line="109" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/session/idle_lock.py" line="111" />
      <source>%n registration form(s) still open will be closed without being saved. Quit anyway?</source>
      <translation>
        <numerusform>%n formulaire d'enregistrement encore ouvert sera fermé sans être enregistré. Quitter quand même ?</numerusform>
        <numerusform>%n formulaires d'enregistrement encore ouverts seront fermés sans être enregistrés. Quitter quand même ?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImputationActions</name>
    <message>
      <location filename="../ui/imputation/actions.py" line="78" />
      <source>&amp;Assign…</source>
      <translation>&amp;Imputer…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="79" />
      <source>&amp;Hand on…</source>
      <translation>&amp;Réimputer…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="80" />
      <source>Send &amp;back to the bureau d'ordre…</source>
      <translation>&amp;Renvoyer au bureau d'ordre…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="81" />
      <source>&amp;Start the treatment</source>
      <translation>&amp;Commencer le traitement</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="82" />
      <source>Mark ans&amp;wered…</source>
      <translation>Marquer ré&amp;pondu…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="83" />
      <source>&amp;File (classer)…</source>
      <translation>C&amp;lasser…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="94" />
      <source>The bureau d'ordre assigns mail to the services; a chef hands it on to an agent (Ctrl+Shift+I).</source>
      <translation>Le bureau d'ordre impute le courrier aux services ; le chef le confie à un agent (Ctrl+Shift+I).</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="97" />
      <source>Mail is assigned by the bureau d'ordre or a supervisor.</source>
      <translation>Le courrier est imputé par le bureau d'ordre ou un superviseur.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="99" />
      <source>The chef of the service or a supervisor does this.</source>
      <translation>C'est au chef du service ou à un superviseur de le faire.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="100" />
      <source>The chef of the service or the agent it was handed to does this.</source>
      <translation>C'est au chef du service ou à l'agent à qui il est confié de le faire.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="107" />
      <source>Already assigned to %1: the chef of that service hands it on.</source>
      <translation>Déjà imputé à %1 : c'est au chef de ce service de le réimputer.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="110" />
      <source>The treatment has already started.</source>
      <translation>Le traitement a déjà commencé.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="111" />
      <source>Not possible while the mail is “%1”.</source>
      <translation>Impossible tant que le courrier est « %1 ».</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="124" />
      <source>Select a mail in the register first.</source>
      <translation>Sélectionnez d'abord un courrier dans le registre.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="126" />
      <source>The mail is cancelled.</source>
      <translation>Le courrier est annulé.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="128" />
      <source>Outgoing mail is not assigned: it leaves the office.</source>
      <translation>Le courrier départ ne s'impute pas : il quitte l'administration.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="138" />
      <source>The mail was handed to another agent.</source>
      <translation>Le courrier est confié à un autre agent.</translation>
    </message>
  </context>
  <context>
    <name>InboxModel</name>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="27" />
      <source>Number</source>
      <translation>N° d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="28" />
      <source>Assigned on</source>
      <translation>Imputé le</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="29" />
      <source>Correspondent</source>
      <translation>Correspondant</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="30" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="31" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="32" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="33" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="35" />
      <source>copy</source>
      <translation>copie</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="36" />
      <source>overdue</source>
      <translation>en retard</translation>
    </message>
  </context>
  <context>
    <name>InboxView</name>
    <message>
      <location filename="../ui/imputation/inbox_view.py" line="106" />
      <source>&amp;Overdue only</source>
      <translation>En &amp;retard seulement</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_view.py" line="107" />
      <source>Live updates interrupted, reconnecting…</source>
      <translation>Mise à jour en direct interrompue, reconnexion en cours…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/inbox_view.py" line="208" />
      <source>%n open</source>
      <translation>
        <numerusform>%n en cours</numerusform>
        <numerusform>%n en cours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/inbox_view.py" line="208" />
      <source>%n overdue</source>
      <translation>
        <numerusform>%n en retard</numerusform>
        <numerusform>%n en retard</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>InstructionsPage</name>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="84" />
      <source>&amp;Instructions</source>
      <translation>&amp;Instructions</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="87" />
      <source>Instructions, in the order they are &amp;offered</source>
      <translation>Instructions, dans l'&amp;ordre où elles sont proposées</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="88" />
      <source>Move &amp;up</source>
      <translation>&amp;Monter</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="90" />
      <source>Move &amp;down</source>
      <translation>Descend&amp;re</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="92" />
      <source>&amp;New instruction</source>
      <translation>&amp;Nouvelle instruction</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="93" />
      <source>&amp;Code</source>
      <translation>&amp;Code</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="94" />
      <source>Label in &amp;French</source>
      <translation>Libellé en &amp;français</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="95" />
      <source>Label in &amp;Arabic</source>
      <translation>Libellé en &amp;arabe</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="96" />
      <source>Offered when assigning (ac&amp;tive)</source>
      <translation>&amp;Proposée à l'imputation (active)</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="99" />
      <source>A deactivated instruction is no longer offered; the mail it was given to keeps it. Free text goes in the note of each assignment.</source>
      <translation>Une instruction désactivée n'est plus proposée ; le courrier qui l'a reçue la garde. Le texte libre se met dans la note de chaque imputation.</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="103" />
      <source>Sa&amp;ve the instruction</source>
      <translation>&amp;Enregistrer l'instruction</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="114" />
      <source>New instruction</source>
      <translation>Nouvelle instruction</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="116" />
      <source>Instruction %1</source>
      <translation>Instruction %1</translation>
    </message>
  </context>
  <context>
    <name>JoinEmailDialog</name>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="110" />
      <source>Join an e-mail to a registered mail</source>
      <translation>Rattacher un courriel à un courrier enregistré</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="114" />
      <source>The e-mail and its files are attached to the mail already registered (a reminder, a second copy): it gets no number of its own.</source>
      <translation>Le courriel et ses fichiers sont joints au courrier déjà enregistré (une relance, un second exemplaire) : il ne reçoit pas de numéro propre.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="118" />
      <source>Mail &amp;number</source>
      <translation>&amp;Numéro du courrier</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="119" />
      <source>&amp;Join</source>
      <translation>&amp;Rattacher</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="120" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../ui/labels.py" line="27" />
      <source>Incoming</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="28" />
      <source>Outgoing</source>
      <translation>Départ</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="29" />
      <source>Internal</source>
      <translation>Interne</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="30" />
      <source>Letter</source>
      <translation>Lettre</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="31" />
      <source>Invoice</source>
      <translation>Facture</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="32" />
      <source>Summons</source>
      <translation>Convocation</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="33" />
      <source>Complaint</source>
      <translation>Réclamation</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="34" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="35" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="36" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="37" />
      <source>Circular</source>
      <translation>Circulaire</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="38" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="39" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="40" />
      <source>Counter</source>
      <translation>Guichet</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="41" />
      <source>Post</source>
      <translation>Poste</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="42" />
      <source>Courier</source>
      <translation>Porteur</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="43" />
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="44" />
      <source>Fax</source>
      <translation>Fax</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="45" />
      <source>Portal</source>
      <translation>Portail</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="46" />
      <source>Registered with AR</source>
      <translation>Recommandé avec AR</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="47" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="48" />
      <source>Urgent</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="49" />
      <source>Very urgent</source>
      <translation>Très urgent</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="50" />
      <source>Registered</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="51" />
      <source>Returned</source>
      <translation>Renvoyé</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="52" />
      <source>Assigned</source>
      <translation>Imputé</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="53" />
      <source>In progress</source>
      <translation>En traitement</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="54" />
      <source>Answered</source>
      <translation>Répondu</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="55" />
      <source>Closed</source>
      <translation>Classé</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="56" />
      <source>Corrected</source>
      <translation>Corrigé</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="57" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="58" />
      <source>Citizen</source>
      <translation>Particulier</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="59" />
      <source>Company</source>
      <translation>Entreprise</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="60" />
      <source>Association</source>
      <translation>Association</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="61" />
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="62" />
      <source>CIN</source>
      <translation>CIN</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="63" />
      <source>ICE</source>
      <translation>ICE</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="64" />
      <source>RC</source>
      <translation>RC</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="65" />
      <source>IF</source>
      <translation>IF</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="66" />
      <source>Passport</source>
      <translation>Passeport</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="67" />
      <source>For action</source>
      <translation>Pour attribution</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="68" />
      <source>For information</source>
      <translation>Pour information</translation>
    </message>
  </context>
  <context>
    <name>LabelsDialog</name>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="237" />
      <source>Print labels</source>
      <translation>Imprimer des étiquettes</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="238" />
      <source>&amp;Labels</source>
      <translation>&amp;Étiquettes</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="239" />
      <source>&amp;Print</source>
      <translation>&amp;Imprimer</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="240" />
      <source>Pre&amp;view…</source>
      <translation>&amp;Aperçu…</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="241" />
      <source>Save as P&amp;DF…</source>
      <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/printing/label_sheet.py" line="248" />
      <source>%n label(s): %1</source>
      <translation>
        <numerusform>%n étiquette : %1</numerusform>
        <numerusform>%n étiquettes : %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="256" />
      <source>A label printer: one label a page.</source>
      <translation>Imprimante d'étiquettes : une étiquette par page.</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="258" />
      <source>Printer: %1</source>
      <translation>Imprimante : %1</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="263" />
      <source>Starts at sticker %1 (top left is 1, across then down).</source>
      <translation>Début à l'étiquette %1 (1 en haut à gauche, puis en ligne et vers le bas).</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/printing/label_sheet.py" line="268" />
      <source>The labels go on over %n more sheet(s).</source>
      <translation>
        <numerusform>Les étiquettes continuent sur %n autre planche.</numerusform>
        <numerusform>Les étiquettes continuent sur %n autres planches.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/printing/label_sheet.py" line="271" />
      <source>%n sticker(s) left on this sheet afterwards.</source>
      <translation>
        <numerusform>Il restera %n étiquette sur cette planche.</numerusform>
        <numerusform>Il restera %n étiquettes sur cette planche.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="80" />
      <location filename="../ui/session/lock_dialog.py" line="81" />
      <source>Session locked</source>
      <translation>Session verrouillée</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="83" />
      <source>%1 (%2): enter your password to go on where you left off.</source>
      <translation>%1 (%2) : saisissez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="89" />
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="90" />
      <source>&amp;Quit the application</source>
      <translation>&amp;Quitter l'application</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="120" />
      <source>Enter your password.</source>
      <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="133" />
      <source>This is not the user of this session.</source>
      <translation>Ce n'est pas l'utilisateur de cette session.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/session/lock_dialog.py" line="149" />
      <source>Too many attempts: try again in %n second(s).</source>
      <translation>
        <numerusform>Trop de tentatives : réessayez dans %n seconde.</numerusform>
        <numerusform>Trop de tentatives : réessayez dans %n secondes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="153" />
      <source>You may try again.</source>
      <translation>Vous pouvez réessayer.</translation>
    </message>
  </context>
  <context>
    <name>LogList</name>
    <message>
      <location filename="../ui/portal/lists.py" line="59" />
      <source>When</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="59" />
      <source>What happened</source>
      <translation>Événement</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../ui/login.py" line="81" />
      <source>Log in</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="82" />
      <source>&amp;User</source>
      <translation>&amp;Utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="84" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="97" />
      <source>Enter your user name and password.</source>
      <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/login.py" line="128" />
      <source>Too many attempts: try again in %n second(s).</source>
      <translation>
        <numerusform>Trop de tentatives : réessayez dans %n seconde.</numerusform>
        <numerusform>Trop de tentatives : réessayez dans %n secondes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="132" />
      <source>You may try again.</source>
      <translation>Vous pouvez réessayer.</translation>
    </message>
  </context>
  <context>
    <name>MailActions</name>
    <message>
      <location filename="../ui/amend/actions.py" line="82" />
      <source>&amp;Correct…</source>
      <translation>&amp;Corriger…</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="83" />
      <source>C&amp;ancel the mail…</source>
      <translation>&amp;Annuler le courrier…</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="84" />
      <source>Copy the &amp;number</source>
      <translation>Copier le &amp;numéro</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="85" />
      <source>&amp;Print the label</source>
      <translation>&amp;Imprimer l'étiquette</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="86" />
      <source>Pre&amp;view the label…</source>
      <translation>&amp;Aperçu de l'étiquette…</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="87" />
      <source>Print the &amp;receipt</source>
      <translation>Imprimer le &amp;récépissé</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="88" />
      <source>Preview the rece&amp;ipt…</source>
      <translation>Aperçu du ré&amp;cépissé…</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="94" />
      <source>Select a mail in the register first.</source>
      <translation>Sélectionnez d'abord un courrier dans le registre.</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="95" />
      <source>The mail is cancelled.</source>
      <translation>Le courrier est annulé.</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="103" />
      <source>Corrections are made by the bureau d'ordre or a supervisor.</source>
      <translation>Les corrections sont faites par le bureau d'ordre ou un superviseur.</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="113" />
      <source>Only a supervisor or an administrator may cancel a mail.</source>
      <translation>Seul un superviseur ou un administrateur peut annuler un courrier.</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="118" />
      <source>A cancelled mail's label and receipt are not printed.</source>
      <translation>L'étiquette et le récépissé d'un courrier annulé ne s'impriment pas.</translation>
    </message>
  </context>
  <context>
    <name>MailFields</name>
    <message>
      <location filename="../ui/registration/captions.py" line="18" />
      <source>&amp;Sender</source>
      <translation>&amp;Expéditeur</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="18" />
      <source>&amp;Recipient</source>
      <translation>&amp;Destinataire</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="19" />
      <source>Su&amp;bject</source>
      <translation>&amp;Objet</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="20" />
      <source>Re&amp;ference</source>
      <translation>&amp;Référence</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="21" />
      <source>Letter &amp;date</source>
      <translation>Date de la le&amp;ttre</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="22" />
      <source>Received o&amp;n</source>
      <translation>Reçu &amp;le</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="22" />
      <source>Sen&amp;t on</source>
      <translation>Envoyé &amp;le</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="23" />
      <source>T&amp;ype</source>
      <translation>T&amp;ype</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="24" />
      <source>C&amp;hannel</source>
      <translation>&amp;Canal</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="25" />
      <source>Pr&amp;iority</source>
      <translation>&amp;Priorité</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="26" />
      <source>Confidentia&amp;l</source>
      <translation>Con&amp;fidentiel</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="27" />
      <source>Pie&amp;ces</source>
      <translation>Pièce&amp;s</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="28" />
      <source>Ser&amp;vice</source>
      <translation>Ser&amp;vice</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="29" />
      <source>&amp;Observations</source>
      <translation>O&amp;bservations</translation>
    </message>
  </context>
  <context>
    <name>MailPrints</name>
    <message numerus="yes">
      <location filename="../ui/printing/mail_prints.py" line="111" />
      <source>%n label(s) printed: %1</source>
      <translation>
        <numerusform>%n étiquette imprimée : %1</numerusform>
        <numerusform>%n étiquettes imprimées : %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/printing/mail_prints.py" line="135" />
      <source>%n routing slip(s) printed: %1</source>
      <translation>
        <numerusform>%n fiche d'imputation imprimée : %1</numerusform>
        <numerusform>%n fiches d'imputation imprimées : %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="172" />
      <source>Receipt printed: %1</source>
      <translation>Récépissé imprimé : %1</translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="224" />
      <source>Printing</source>
      <translation>Impression</translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="226" />
      <source>Save as &amp;PDF…</source>
      <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="235" />
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="243" />
      <source>Saved: %1</source>
      <translation>Enregistré : %1</translation>
    </message>
  </context>
  <context>
    <name>MailboxDesk</name>
    <message>
      <location filename="../ui/mailbox/desk.py" line="84" />
      <source>E-mail to &amp;register…</source>
      <translation>Courriels à &amp;enregistrer…</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/desk.py" line="85" />
      <source>Read the &amp;mailboxes now</source>
      <translation>&amp;Relever les boîtes maintenant</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/desk.py" line="120" />
      <source>E-mail: no mailbox set up</source>
      <translation>Courriel : aucune boîte configurée</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/desk.py" line="123" />
      <source>E-mail: %1 to register</source>
      <translation>Courriel : %1 à enregistrer</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/mailbox/desk.py" line="138" />
      <source>%n new e-mail(s) to register</source>
      <translation>
        <numerusform>%n nouveau courriel à enregistrer</numerusform>
        <numerusform>%n nouveaux courriels à enregistrer</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MailboxPage</name>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="183" />
      <source>&amp;Mailboxes</source>
      <translation>Boîtes au&amp;x lettres</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="189" />
      <source>The mailbox</source>
      <translation>La boîte aux lettres</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="191" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="192" />
      <source>IMAP &amp;server</source>
      <translation>Serveur IM&amp;AP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="193" />
      <source>P&amp;ort</source>
      <translation>P&amp;ort</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="194" />
      <source>Securit&amp;y</source>
      <translation>S&amp;écurité</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="195" />
      <source>&amp;Login</source>
      <translation>Identi&amp;fiant</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="196" />
      <source>Pass&amp;word</source>
      <translation>Mot de &amp;passe</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="197" />
      <source>&amp;Folder read</source>
      <translation>Dossier &amp;relevé</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="198" />
      <source>Folder for &amp;handled messages</source>
      <translation>Dossier des messages &amp;traités</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="199" />
      <source>Folder for &amp;refused messages</source>
      <translation>Dossier des messa&amp;ges refusés</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="200" />
      <source>Certificate aut&amp;horities (CA file)</source>
      <translation>Autorités de certification (fic&amp;hier CA)</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="201" />
      <source>Read e&amp;very</source>
      <translation>Fré&amp;quence de relève</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="202" />
      <source>Sender's address</source>
      <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="203" />
      <source>SMTP server</source>
      <translation>Serveur SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="204" />
      <source>SMTP port</source>
      <translation>Port SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="205" />
      <source>SMTP security</source>
      <translation>Sécurité SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="206" />
      <source>SMTP login</source>
      <translation>Identifiant SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="207" />
      <source>SMTP password</source>
      <translation>Mot de passe SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="212" />
      <source>TLS (IMAPS, SMTPS)</source>
      <translation>TLS (IMAPS, SMTPS)</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="213" />
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="214" />
      <source>None (this computer only)</source>
      <translation>Aucune (cet ordinateur seulement)</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="215" />
      <location filename="../ui/admin/mailbox_page.py" line="216" />
      <source>usual</source>
      <translation>habituel</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="217" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="218" />
      <source>Desks read it automatically</source>
      <translation>Les postes la relèvent automatiquement</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="219" />
      <source>Acknowledge by e-mail, in Arabic and French</source>
      <translation>Accuser réception par courriel, en arabe et en français</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="220" />
      <source>Optional: the office's own CA, PEM file</source>
      <translation>Facultatif : l'autorité de certification propre au bureau, fichier PEM</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="221" />
      <source>The mailbox's login</source>
      <translation>L'identifiant de la boîte</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="222" />
      <source>&amp;New mailbox</source>
      <translation>Nouvelle &amp;boîte</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="223" />
      <source>&amp;Test the connection</source>
      <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="224" />
      <source>Save the mail&amp;box</source>
      <translation>&amp;Enregistrer la boîte</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="230" />
      <source>Kept in this computer's keyring — leave empty to keep it</source>
      <translation>Conservé dans le trousseau de cet ordinateur — laisser vide pour le garder</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="232" />
      <source>Leave empty: the mailbox's password</source>
      <translation>Laisser vide : le mot de passe de la boîte</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="248" />
      <source>not read</source>
      <translation>non relevée</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="400" />
      <source>Connecting to the mailbox…</source>
      <translation>Connexion à la boîte aux lettres…</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="429" />
      <source>Connected: %1 in the folder read.</source>
      <translation>Connexion réussie : %1 dans le dossier relevé.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/admin/mailbox_page.py" line="430" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n message</numerusform>
        <numerusform>%n messages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="435" />
      <source>The folder %1 will be created at the first reading.</source>
      <translation>Le dossier %1 sera créé à la première relève.</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="441" />
      <source>SMTP server %1 reached: acknowledgements can leave.</source>
      <translation>Serveur SMTP %1 joint : les accusés de réception peuvent partir.</translation>
    </message>
  </context>
  <context>
    <name>MailboxWindow</name>
    <message numerus="yes">
      <location filename="../ui/mailbox/window.py" line="315" />
      <source>E-mail to register (%n)</source>
      <translation>
        <numerusform>Courriel à enregistrer (%n)</numerusform>
        <numerusform>Courriels à enregistrer (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="352" />
      <source>given up — send it again</source>
      <translation>abandonné — à renvoyer</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="354" />
      <source>will be tried again</source>
      <translation>sera renvoyé</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="399" />
      <source>Registered as %1.</source>
      <translation>Enregistré sous le n° %1.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="402" />
      <source>Kept in the .eml only: %1.</source>
      <translation>Conservé seulement dans le .eml : %1.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="474" />
      <source>Joined to %1.</source>
      <translation>Rattaché au courrier %1.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="503" />
      <source>Reading the mailboxes…</source>
      <translation>Relève des boîtes aux lettres…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/mailbox/window.py" line="509" />
      <source>%n new message(s)</source>
      <translation>
        <numerusform>%n nouveau message</numerusform>
        <numerusform>%n nouveaux messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/mailbox/window.py" line="512" />
      <source>%n refused (see the log)</source>
      <translation>
        <numerusform>%n refusé (voir le journal)</numerusform>
        <numerusform>%n refusés (voir le journal)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="535" />
      <source>Read the mailboxes now (F5)</source>
      <translation>Relever les boîtes maintenant (F5)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="536" />
      <source>&amp;Register (Ctrl+Enter)</source>
      <translation>&amp;Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="537" />
      <source>Join to a mail… (Ctrl+J)</source>
      <translation>Rattacher à un courrier… (Ctrl+J)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="538" />
      <source>Discard… (Del)</source>
      <translation>Écarter… (Suppr)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="539" />
      <source>Send again</source>
      <translation>Renvoyer</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="540" />
      <source>Acknowledgements not sent</source>
      <translation>Accusés de réception non partis</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="542" />
      <source>Received</source>
      <translation>Reçu le</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="543" />
      <source>From</source>
      <translation>Expéditeur</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="544" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="545" />
      <source>Files</source>
      <translation>Fichiers</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="532" />
      <source>Secrets file unlocked.</source>
      <translation>Fichier de secrets déverrouillé.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="634" />
      <source>My tas&amp;ks</source>
      <translation>&amp;Mes tâches</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="636" />
      <source>Service &amp;inbox</source>
      <translation>Courrier du &amp;service</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="637" />
      <source>In treatme&amp;nt</source>
      <translation>En &amp;traitement</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/main_window.py" line="647" />
      <source>%n overdue</source>
      <translation>
        <numerusform>%n en retard</numerusform>
        <numerusform>%n en retard</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="652" />
      <source>New &amp;incoming mail…</source>
      <translation>Nouveau courrier &amp;arrivée…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="653" />
      <source>New &amp;outgoing mail…</source>
      <translation>Nouveau courrier &amp;départ…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="654" />
      <source>New in&amp;ternal mail…</source>
      <translation>Nouveau courrier &amp;interne…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="658" />
      <source>Bureau d'ordre — %1</source>
      <translation>Bureau d'ordre — %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="659" />
      <source>&amp;Register</source>
      <translation>&amp;Registre</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="660" />
      <source>Search</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="661" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="662" />
      <source>&amp;Print the register…</source>
      <translation>&amp;Imprimer le registre…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="663" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="664" />
      <source>&amp;Mail</source>
      <translation>&amp;Courrier</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="667" />
      <source>Tr&amp;eatment</source>
      <translation>&amp;Traitement</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="669" />
      <source>Register the &amp;reply…</source>
      <translation>Enregistrer la &amp;réponse…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="670" />
      <source>Re&amp;gister</source>
      <translation>Re&amp;gistre</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="673" />
      <source>&amp;Delays by service</source>
      <translation>&amp;Retards par service</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="674" />
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="675" />
      <source>&amp;Settings…</source>
      <translation>&amp;Paramètres…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="676" />
      <source>&amp;Lock the session</source>
      <translation>&amp;Verrouiller la session</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="677" />
      <source>&amp;Administration…</source>
      <translation>&amp;Administration…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="680" />
      <source>&amp;Portal</source>
      <translation>&amp;Portail</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="682" />
      <source>&amp;E-mail</source>
      <translation>Co&amp;urriel</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="684" />
      <source>&amp;Unlock the secrets file…</source>
      <translation>&amp;Déverrouiller le fichier de secrets…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="686" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="687" />
      <source>&amp;Help and shortcuts</source>
      <translation>&amp;Aide et raccourcis</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="688" />
      <source>&amp;About Bureau d'ordre</source>
      <translation>À &amp;propos de Bureau d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="787" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/main_window.py" line="793" />
      <source>%n mail(s)</source>
      <translation>
        <numerusform>%n courrier</numerusform>
        <numerusform>%n courriers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OutboxList</name>
    <message>
      <location filename="../ui/portal/lists.py" line="170" />
      <source>Operation</source>
      <translation>Opération</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="171" />
      <source>Mail</source>
      <translation>Courrier</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="172" />
      <source>Deposit or addressee</source>
      <translation>Dépôt ou destinataire</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="173" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="174" />
      <source>Since</source>
      <translation>Depuis le</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="175" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="181" />
      <source>Acknowledgement of receipt</source>
      <translation>Accusé de réception</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="183" />
      <source>Status update</source>
      <translation>Mise à jour du statut</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="184" />
      <source>Outgoing mail</source>
      <translation>Envoi d'un courrier</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="187" />
      <source>Refused</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="187" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/lists.py" line="192" />
      <source>%n attempt(s)</source>
      <translation>
        <numerusform>%n tentative</numerusform>
        <numerusform>%n tentatives</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PageViewer</name>
    <message>
      <location filename="../ui/preview/viewer.py" line="310" />
      <source>Save a copy instead.</source>
      <translation>Enregistrez plutôt une copie.</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="315" />
      <source>Printing…</source>
      <translation>Impression…</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="320" />
      <source>Save a copy</source>
      <translation>Enregistrer une copie</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="378" />
      <source>%1 — preview</source>
      <translation>%1 — aperçu</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="379" />
      <source>Previous page</source>
      <translation>Page précédente</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="380" />
      <source>Next page</source>
      <translation>Page suivante</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="381" />
      <source>Zoom in</source>
      <translation>Agrandir</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="382" />
      <source>Zoom out</source>
      <translation>Réduire</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="383" />
      <source>Fit to width</source>
      <translation>Ajuster à la largeur</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="384" />
      <source>Previous page (Page Up)</source>
      <translation>Page précédente (Pg préc)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="385" />
      <source>Next page (Page Down)</source>
      <translation>Page suivante (Pg suiv)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="386" />
      <source>Zoom in (Ctrl++)</source>
      <translation>Agrandir (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="387" />
      <source>Zoom out (Ctrl+-)</source>
      <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="388" />
      <source>Fit the page to the window's width (Ctrl+0)</source>
      <translation>Ajuster la page à la largeur de la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="389" />
      <source>Print…</source>
      <translation>Imprimer…</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="390" />
      <source>Print the document (Ctrl+P)</source>
      <translation>Imprimer le document (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="391" />
      <source>Save a copy…</source>
      <translation>Enregistrer une copie…</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="392" />
      <source>Save a copy of the file (Ctrl+S)</source>
      <translation>Enregistrer une copie du fichier (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="399" />
      <source>Page %1 of %2</source>
      <translation>Page %1 sur %2</translation>
    </message>
  </context>
  <context>
    <name>PortalDesk</name>
    <message>
      <location filename="../ui/portal/desk.py" line="112" />
      <source>&amp;Sync now</source>
      <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
      <location filename="../ui/portal/desk.py" line="113" />
      <source>&amp;Interrupt the sync</source>
      <translation>&amp;Interrompre la synchronisation</translation>
    </message>
    <message>
      <location filename="../ui/portal/desk.py" line="114" />
      <source>Sync &amp;log and quarantine…</source>
      <translation>&amp;Journal et quarantaine…</translation>
    </message>
    <message>
      <location filename="../ui/portal/desk.py" line="115" />
      <source>Send through the &amp;portal…</source>
      <translation>Envoyer par le &amp;portail…</translation>
    </message>
    <message>
      <location filename="../ui/portal/desk.py" line="166" />
      <source>Sync interrupted.</source>
      <translation>Synchronisation interrompue.</translation>
    </message>
  </context>
  <context>
    <name>PortalPage</name>
    <message>
      <location filename="../ui/admin/portal_page.py" line="178" />
      <source>&amp;Portal</source>
      <translation>Portai&amp;l</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="184" />
      <source>Connection to the Bureau d'Ordre Digital portal</source>
      <translation>Connexion au portail Bureau d'Ordre Digital</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="186" />
      <source>Portal &amp;address (URL)</source>
      <translation>&amp;Adresse du portail (URL)</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="187" />
      <source>&amp;Client id</source>
      <translation>Identifiant &amp;client</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="188" />
      <source>Client s&amp;ecret</source>
      <translation>S&amp;ecret du client</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="189" />
      <source>Sync &amp;frequency</source>
      <translation>&amp;Fréquence de synchronisation</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="190" />
      <source>Certificate aut&amp;horities (CA file)</source>
      <translation>Autorités de certification (fic&amp;hier CA)</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="195" />
      <source>Desks sync auto&amp;matically</source>
      <translation>Synchronisation auto&amp;matique des postes</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="196" />
      <source>Optional: the office's own CA, PEM file</source>
      <translation>Facultatif : l'autorité de certification propre au bureau, fichier PEM</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="197" />
      <source>B&amp;rowse…</source>
      <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="198" />
      <source>&amp;Test the connection</source>
      <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="199" />
      <source>Save the portal settin&amp;gs</source>
      <translation>Enre&amp;gistrer les réglages du portail</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="209" />
      <source>Kept in this computer's keyring — leave empty to keep it</source>
      <translation>Conservé dans le trousseau de cet ordinateur — laisser vide pour le garder</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="205" />
      <source>The secret the portal gave the office</source>
      <translation>Le secret remis au bureau par le portail</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/admin/portal_page.py" line="194" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="207" />
      <source>Kept in the encrypted secrets file — leave empty to keep it</source>
      <translation>Conservé dans le fichier de secrets chiffré — laissez vide pour le garder</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="213" />
      <source>The portal knows this office as %1.</source>
      <translation>Le portail connaît ce bureau d'ordre sous le code %1.</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="313" />
      <source>The office's certificate authorities</source>
      <translation>Autorités de certification du bureau</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="315" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="328" />
      <source>Asking the portal…</source>
      <translation>Interrogation du portail…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/admin/portal_page.py" line="342" />
      <source>%n office(s) in its directory</source>
      <translation>
        <numerusform>%n bureau d'ordre dans son annuaire</numerusform>
        <numerusform>%n bureaux d'ordre dans son annuaire</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="344" />
      <source>Connected: the portal knows this office as %1 (%2).</source>
      <translation>Connexion réussie : le portail connaît ce bureau d'ordre sous le code %1 (%2).</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="347" />
      <source>Connected (%1), but the portal did not say which office we are.</source>
      <translation>Connexion réussie (%1), mais le portail n'a pas dit quel bureau d'ordre nous sommes.</translation>
    </message>
  </context>
  <context>
    <name>PortalWindow</name>
    <message>
      <location filename="../ui/portal/window.py" line="176" />
      <source>Portal — sync log, quarantine, outbox</source>
      <translation>Portail — journal, quarantaine, envois</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="177" />
      <source>&amp;Retry</source>
      <translation>&amp;Réessayer</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="179" />
      <source>Fetch the deposit from the portal again and register it if it is now right</source>
      <translation>Redemander le dépôt au portail et l'enregistrer s'il est désormais correct</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="181" />
      <source>Dis&amp;card…</source>
      <translation>É&amp;carter…</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="182" />
      <source>Send the refused ones &amp;again</source>
      <translation>Re&amp;mettre les refusés en file</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="183" />
      <source>&amp;Sync now</source>
      <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="184" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="195" />
      <source>Sync &amp;log</source>
      <translation>&amp;Journal</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="197" />
      <source>&amp;Quarantine</source>
      <translation>&amp;Quarantaine</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="198" />
      <source>&amp;Outbox</source>
      <translation>&amp;Envois</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="278" />
      <source>Fetching deposit %1 from the portal…</source>
      <translation>Demande du dépôt %1 au portail…</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="293" />
      <source>Deposit %1 is registered.</source>
      <translation>Le dépôt %1 est enregistré.</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="296" />
      <source>Deposit %1 was already registered.</source>
      <translation>Le dépôt %1 était déjà enregistré.</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="300" />
      <source>Deposit %1 stays in quarantine: %2</source>
      <translation>Le dépôt %1 reste en quarantaine : %2</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="321" />
      <source>Deposit %1 was discarded.</source>
      <translation>Le dépôt %1 est écarté.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/window.py" line="335" />
      <source>%n operation(s) put back in line</source>
      <translation>
        <numerusform>%n opération remise en file</numerusform>
        <numerusform>%n opérations remises en file</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="348" />
      <source>Syncing with the portal…</source>
      <translation>Synchronisation avec le portail…</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="357" />
      <source>Sync interrupted.</source>
      <translation>Synchronisation interrompue.</translation>
    </message>
  </context>
  <context>
    <name>PrintingPage</name>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="88" />
      <source>Printing</source>
      <translation>Impression</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="92" />
      <source>Barcode labels</source>
      <translation>Étiquettes à code-barres</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="93" />
      <source>Counter receipts</source>
      <translation>Récépissés de dépôt</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="94" />
      <source>Registers (A4 landscape)</source>
      <translation>Registres (A4 paysage)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="98" />
      <source>&amp;Printer</source>
      <translation>&amp;Imprimante</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="99" />
      <source>&amp;Labels</source>
      <translation>É&amp;tiquettes</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="100" />
      <source>P&amp;rinter</source>
      <translation>Imp&amp;rimante</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="101" />
      <source>Paper &amp;size</source>
      <translation>&amp;Format du papier</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="102" />
      <source>Pri&amp;nter</source>
      <translation>Impri&amp;mante</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="108" />
      <source>The system's default printer</source>
      <translation>L'imprimante par défaut du système</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="114" />
      <source>A5 (half a sheet)</source>
      <translation>A5 (demi-feuille)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="115" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="116" />
      <source>80 mm receipt roll</source>
      <translation>Rouleau de tickets 80 mm</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="121" />
      <source>Print the receipt as soon as an incoming mail is registered at the counter</source>
      <translation>Imprimer le récépissé dès qu'un courrier arrivé est enregistré au guichet</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="125" />
      <source>No printer is installed on this PC: labels and receipts can still be saved as PDF. Printers added later appear here.</source>
      <translation>Aucune imprimante n'est installée sur ce poste : les étiquettes et récépissés peuvent toujours être enregistrés en PDF. Les imprimantes ajoutées plus tard apparaîtront ici.</translation>
    </message>
  </context>
  <context>
    <name>QuarantineList</name>
    <message>
      <location filename="../ui/portal/lists.py" line="94" />
      <source>Deposit</source>
      <translation>Dépôt</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="95" />
      <source>Deposited on</source>
      <translation>Déposé le</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="96" />
      <source>Depositor</source>
      <translation>Déposant</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="97" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="98" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="99" />
      <source>Attempts</source>
      <translation>Tentatives</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="100" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/lists.py" line="106" />
      <source>%n of %1, automatic</source>
      <translation>
        <numerusform>%n sur %1, automatique</numerusform>
        <numerusform>%n sur %1, automatique</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/lists.py" line="108" />
      <source>%n attempt(s)</source>
      <translation>
        <numerusform>%n tentative</numerusform>
        <numerusform>%n tentatives</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/lists.py" line="113" />
      <source>The portal did not deliver its file: each sync tries it again by itself, %n times at most in all. You may also try it now.</source>
      <translation>
        <numerusform>Le portail n'a pas livré son fichier : chaque synchronisation le réessaie d'elle-même, %n fois au plus en tout. Vous pouvez aussi le réessayer maintenant.</numerusform>
        <numerusform>Le portail n'a pas livré son fichier : chaque synchronisation le réessaie d'elle-même, %n fois au plus en tout. Vous pouvez aussi le réessayer maintenant.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="118" />
      <source>Try it again once the cause is gone, or discard it with a reason.</source>
      <translation>Réessayez-le une fois la cause levée, ou écartez-le avec un motif.</translation>
    </message>
  </context>
  <context>
    <name>ReassignDialog</name>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="111" />
      <source>Hand on mail %1</source>
      <translation>Réimputer le courrier %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="115" />
      <source>Now with: %1</source>
      <translation>Actuellement chez : %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="116" />
      <source>&amp;Service</source>
      <translation>&amp;Service</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="117" />
      <source>&amp;Agent</source>
      <translation>&amp;Agent</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="118" />
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="119" />
      <source>Optional: shown to the services</source>
      <translation>Facultatif : visible des services</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="120" />
      <source>Change the &amp;due date</source>
      <translation>Modifier l'é&amp;chéance</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="121" />
      <source>&amp;Hand on</source>
      <translation>&amp;Réimputer</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="122" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="124" />
      <location filename="../ui/imputation/reassign_dialog.py" line="147" />
      <source>— the service, no agent —</source>
      <translation>— le service, sans agent —</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="159" />
      <source>Choose another service or an agent.</source>
      <translation>Choisissez un autre service ou un agent.</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialog</name>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="124" />
      <source>Print the register</source>
      <translation>Imprimer le registre</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="125" />
      <source>&amp;Register</source>
      <translation>&amp;Registre</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="126" />
      <source>&amp;Day</source>
      <translation>&amp;Jour</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="127" />
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="129" />
      <source>Incoming mail (arrivée)</source>
      <translation>Courrier arrivé</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="130" />
      <source>Outgoing mail (départ)</source>
      <translation>Courrier départ</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="131" />
      <source>Internal mail</source>
      <translation>Courrier interne</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="136" />
      <source>Pre&amp;view…</source>
      <translation>&amp;Aperçu…</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="137" />
      <source>&amp;Print</source>
      <translation>&amp;Imprimer</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="138" />
      <source>P&amp;DF…</source>
      <translation>P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="139" />
      <source>&amp;CSV…</source>
      <translation>&amp;CSV…</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="140" />
      <source>E&amp;xcel…</source>
      <translation>E&amp;xcel…</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="170" />
      <location filename="../ui/printing/register_dialog.py" line="179" />
      <source>The register was sent to the printer.</source>
      <translation>Le registre a été envoyé à l'imprimante.</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="189" />
      <source>Save the register</source>
      <translation>Enregistrer le registre</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="199" />
      <source>Saved: %1</source>
      <translation>Enregistré : %1</translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <location filename="../ui/register/model.py" line="61" />
      <source>Number</source>
      <translation>N° d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="63" />
      <source>Direction</source>
      <translation>Sens</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="62" />
      <source>Date and time</source>
      <translation>Date et heure</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="64" />
      <source>Correspondent</source>
      <translation>Correspondant</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="65" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="66" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="67" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
  </context>
  <context>
    <name>RegistrationForm</name>
    <message>
      <location filename="../ui/registration/form.py" line="328" />
      <source>New incoming mail</source>
      <translation>Nouveau courrier arrivée</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="329" />
      <source>New outgoing mail</source>
      <translation>Nouveau courrier départ</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="330" />
      <source>New internal mail</source>
      <translation>Nouveau courrier interne</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="334" />
      <source>Attach&amp;ments</source>
      <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="344" />
      <source>S&amp;ave</source>
      <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="345" />
      <source>Save and ne&amp;w</source>
      <translation>Enregistrer et &amp;nouveau</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="342" />
      <source>known</source>
      <translation>connue</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="335" />
      <source>In r&amp;eply to</source>
      <translation>En répons&amp;e à</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="336" />
      <source>AR number</source>
      <translation>N° de l'AR</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="343" />
      <source>Add a file…</source>
      <translation>Ajouter un fichier…</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="346" />
      <source>Save and &amp;print the label</source>
      <translation>Enregistrer et im&amp;primer l'étiquette</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="347" />
      <source>Print the &amp;label</source>
      <translation>Imprimer l'é&amp;tiquette</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="348" />
      <source>Print the rece&amp;ipt</source>
      <translation>Imprimer le ré&amp;cépissé</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="349" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="350" />
      <source>Copy</source>
      <translation>Cop&amp;ier</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="351" />
      <source>Co&amp;rrect…</source>
      <translation>Co&amp;rriger…</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="354" />
      <source>The mail is registered: its number and details are fixed. A change now is a correction, kept in its history.</source>
      <translation>Le courrier est enregistré : son numéro et ses données sont arrêtés. Toute modification passe désormais par une correction, conservée dans son historique.</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="369" />
      <source>Attach files</source>
      <translation>Joindre des fichiers</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="371" />
      <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF et images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="450" />
      <source>Discard this mail? What you typed will be lost.</source>
      <translation>Abandonner ce courrier ? Ce que vous avez saisi sera perdu.</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="451" />
      <source>&amp;Discard</source>
      <translation>A&amp;bandonner</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="452" />
      <source>&amp;Keep typing</source>
      <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="556" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
  </context>
  <context>
    <name>ScanPanel</name>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="184" />
      <source>&amp;Scan</source>
      <translation>&amp;Numériser</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="185" />
      <source>Add &amp;files…</source>
      <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="186" />
      <source>Turn left</source>
      <translation>Pivoter à gauche</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="187" />
      <source>Turn right</source>
      <translation>Pivoter à droite</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="188" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="189" />
      <source>Clear all</source>
      <translation>Tout effacer</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="190" />
      <source>Mail number</source>
      <translation>N° du courrier</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="191" />
      <source>A-2026/000123</source>
      <translation>A-2026/000123</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="192" />
      <source>Save to the mail</source>
      <translation>Joindre au courrier</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="193" />
      <source>Import and &amp;match labels</source>
      <translation>Importer et trier par &amp;étiquette</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scan_panel.py" line="213" />
      <source>%n page(s). Drag to reorder; the document is saved in this order.</source>
      <translation>
        <numerusform>%n page. Faites glisser pour réordonner : le document est enregistré dans cet ordre.</numerusform>
        <numerusform>%n pages. Faites glisser pour réordonner : le document est enregistré dans cet ordre.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="219" />
      <source>Scan, or drop PDF and image files here. A stack of several documents, each led by its label, is sorted by “Import and match labels”.</source>
      <translation>Numérisez, ou déposez ici des fichiers PDF et images. Une pile de plusieurs documents, chacun précédé de son étiquette, se trie avec « Importer et trier par étiquette ».</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="299" />
      <source>Add files</source>
      <translation>Ajouter des fichiers</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="301" />
      <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>Numérisations (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="319" />
      <source>Type or scan the number of the mail first.</source>
      <translation>Saisissez ou scannez d'abord le numéro du courrier.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scan_panel.py" line="334" />
      <source>Saved to %1 (%n page(s)).</source>
      <translation>
        <numerusform>Joint à %1 (%n page).</numerusform>
        <numerusform>Joint à %1 (%n pages).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scan_panel.py" line="356" />
      <source>%n document(s) attached to their mail</source>
      <translation>
        <numerusform>%n document joint à son courrier</numerusform>
        <numerusform>%n documents joints à leur courrier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scan_panel.py" line="358" />
      <source>%n to be sorted by hand</source>
      <translation>
        <numerusform>%n à trier à la main</numerusform>
        <numerusform>%n à trier à la main</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScanningPage</name>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="84" />
      <source>Scanning</source>
      <translation>Numérisation</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="87" />
      <source>Scanner</source>
      <translation>Scanner</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="88" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="89" />
      <source>Colour mode</source>
      <translation>Mode couleur</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="90" />
      <location filename="../ui/capture/scanning_page.py" line="136" />
      <source>Watched folder</source>
      <translation>Dossier surveillé</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="91" />
      <source>The first scanner found</source>
      <translation>Le premier scanner trouvé</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="92" />
      <source>Find scanners</source>
      <translation>Rechercher les scanners</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="94" />
      <source>Colour</source>
      <translation>Couleur</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="94" />
      <source>Greys</source>
      <translation>Niveaux de gris</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="94" />
      <source>Black and white</source>
      <translation>Noir et blanc</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="97" />
      <source>Take every sheet from the document feeder</source>
      <translation>Prendre toutes les feuilles du chargeur de documents</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="98" />
      <source>Both sides of each sheet (duplex)</source>
      <translation>Recto verso</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="99" />
      <source>None: no folder is watched</source>
      <translation>Aucun : pas de dossier surveillé</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="100" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="101" />
      <source>Read the text of new scans (OCR, Arabic and French)</source>
      <translation>Lire le texte des nouvelles numérisations (OCR, arabe et français)</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="102" />
      <source>Also keep a searchable copy of scanned PDFs</source>
      <translation>Conserver aussi une copie des PDF numérisés avec texte recherchable</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="143" />
      <source>Looking for scanners…</source>
      <translation>Recherche des scanners…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scanning_page.py" line="161" />
      <source>%n scanner(s) found.</source>
      <translation>
        <numerusform>%n scanner trouvé.</numerusform>
        <numerusform>%n scanners trouvés.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SecretDialog</name>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="40" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="44" />
      <source>Enter the PIN of %1 to sign.</source>
      <translation>Saisissez le code PIN de %1 pour signer.</translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="46" />
      <source>Enter the password of the certificate %1 to sign.</source>
      <translation>Saisissez le mot de passe du certificat %1 pour signer.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/signature/secret_dialog.py" line="51" />
      <source>This entry signs %n document(s).</source>
      <translation>
        <numerusform>Cette saisie signe %n document.</numerusform>
        <numerusform>Cette saisie signe %n documents.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="61" />
      <source>PIN</source>
      <translation>Code PIN</translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="61" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="65" />
      <source>Sign</source>
      <translation>Signer</translation>
    </message>
  </context>
  <context>
    <name>SecretFileField</name>
    <message>
      <location filename="../ui/secret_store.py" line="103" />
      <source>This computer has no system keyring. The portal's secret will be kept in the application's encrypted secrets file, protected by the password below; or ask an administrator to set BO_PORTAL_CLIENT_ID and BO_PORTAL_CLIENT_SECRET for the application, and leave the secret empty here.</source>
      <translation>Cet ordinateur n'a pas de trousseau système. Le secret du portail sera conservé dans le fichier de secrets chiffré de l'application, protégé par le mot de passe ci-dessous ; ou demandez à un administrateur de définir BO_PORTAL_CLIENT_ID et BO_PORTAL_CLIENT_SECRET pour l'application, et laissez le secret vide ici.</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="110" />
      <source>This computer has no system keyring. The password will be kept in the application's encrypted secrets file, protected by the password below.</source>
      <translation>Cet ordinateur n'a pas de trousseau système. Le mot de passe sera conservé dans le fichier de secrets chiffré de l'application, protégé par le mot de passe ci-dessous.</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="115" />
      <source>Secrets file password (new)</source>
      <translation>Mot de passe du fichier de secrets (nouveau)</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="117" />
      <source>Secrets file password</source>
      <translation>Mot de passe du fichier de secrets</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="119" />
      <source>Confirm it</source>
      <translation>Confirmez-le</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/secret_store.py" line="121" />
      <source>At least %n character(s)</source>
      <translation>
        <numerusform>Au moins %n caractère</numerusform>
        <numerusform>Au moins %n caractères</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SendDialog</name>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="138" />
      <source>Send %1 through the portal</source>
      <translation>Envoyer %1 par le portail</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="145" />
      <source>&amp;To the bureau d'ordre of (type part of its name or code)</source>
      <translation>&amp;Au bureau d'ordre de (tapez une partie de son nom ou de son code)</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="146" />
      <source>Name in French or Arabic, or code</source>
      <translation>Nom en français ou en arabe, ou code</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="148" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="148" />
      <source>Ministry</source>
      <translation>Ministère</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="148" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="148" />
      <source>Office</source>
      <translation>Bureau d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="150" />
      <source>&amp;Send</source>
      <translation>&amp;Envoyer</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="151" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="167" />
      <source>The portal's directory is not known yet: it comes with the next sync (Portal › Sync now, F9).</source>
      <translation>L'annuaire du portail n'est pas encore connu : il arrive avec la prochaine synchronisation (Portail › Synchroniser maintenant, F9).</translation>
    </message>
  </context>
  <context>
    <name>SendingsView</name>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="32" />
      <source>Sent through the portal</source>
      <translation>Envois par le portail</translation>
    </message>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="42" />
      <source>waiting for the next sync</source>
      <translation>en attente de la prochaine synchronisation</translation>
    </message>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="44" />
      <source>refused by the portal: %1</source>
      <translation>refusé par le portail : %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="47" />
      <source>delivered on %1</source>
      <translation>remis le %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="48" />
      <source>sent</source>
      <translation>envoyé</translation>
    </message>
  </context>
  <context>
    <name>ServicesPage</name>
    <message>
      <location filename="../ui/admin/services_page.py" line="102" />
      <source>&amp;Services</source>
      <translation>&amp;Services</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="107" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="108" />
      <source>In French</source>
      <translation>En français</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="108" />
      <source>In Arabic</source>
      <translation>En arabe</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="109" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="110" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="111" />
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="112" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="115" />
      <source>Directions, divisions and ser&amp;vices</source>
      <translation>Organi&amp;gramme : directions, divisions et services</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="116" />
      <source>&amp;New service</source>
      <translation>&amp;Nouveau service</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="118" />
      <source>&amp;Code</source>
      <translation>C&amp;ode</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="119" />
      <source>Name in &amp;Arabic</source>
      <translation>Nom en &amp;arabe</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="120" />
      <source>Name in &amp;French</source>
      <translation>Nom en &amp;français</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="121" />
      <source>&amp;Kind</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="122" />
      <source>Under (&amp;parent)</source>
      <translation>Rattac&amp;hement</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="126" />
      <source>Ac&amp;tive</source>
      <translation>A&amp;ctif</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="129" />
      <source>A deactivated service is no longer offered for new mail; its mail and its history stay. It cannot be deactivated while it holds open mail or active sub-services.</source>
      <translation>Un service désactivé n'est plus proposé pour le nouveau courrier ; son courrier et son historique restent. Il ne peut pas être désactivé tant qu'il détient du courrier en cours ou des sous-services actifs.</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="134" />
      <source>Sa&amp;ve the service</source>
      <translation>&amp;Enregistrer le service</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="143" />
      <source>New service</source>
      <translation>Nouveau service</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="145" />
      <source>Service %1</source>
      <translation>Service %1</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="223" />
      <source>— none (top level) —</source>
      <translation>— aucun (premier niveau) —</translation>
    </message>
  </context>
  <context>
    <name>SessionActions</name>
    <message>
      <location filename="../ui/session/leaving.py" line="49" />
      <source>Log &amp;out / switch user</source>
      <translation>Se &amp;déconnecter / changer d'utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/session/leaving.py" line="50" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/session/leaving.py" line="70" />
      <source>%n mail(s) being typed will be lost. Leave anyway?</source>
      <translation>
        <numerusform>%n courrier en cours de saisie sera perdu. Partir quand même ?</numerusform>
        <numerusform>%n courriers en cours de saisie seront perdus. Partir quand même ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/session/leaving.py" line="73" />
      <source>&amp;Leave</source>
      <translation>&amp;Partir</translation>
    </message>
    <message>
      <location filename="../ui/session/leaving.py" line="74" />
      <source>&amp;Back to the forms</source>
      <translation>&amp;Revenir aux formulaires</translation>
    </message>
  </context>
  <context>
    <name>SessionPage</name>
    <message>
      <location filename="../ui/preferences/session_page.py" line="29" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../ui/preferences/session_page.py" line="32" />
      <source>&amp;Lock after</source>
      <translation>&amp;Verrouiller après</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/preferences/session_page.py" line="33" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/preferences/session_page.py" line="34" />
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <location filename="../ui/preferences/session_page.py" line="37" />
      <source>After this time without using the keyboard or the mouse, the windows are hidden until you type your password again. Forms being filled in are kept as they were.</source>
      <translation>Après ce délai sans utiliser le clavier ni la souris, les fenêtres sont masquées jusqu'à ce que vous saisissiez à nouveau votre mot de passe. Les formulaires en cours de saisie sont conservés tels quels.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/preferences/dialog.py" line="80" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../ui/setup_wizard.py" line="184" />
      <source>Bureau d'ordre — first set-up</source>
      <translation>Bureau d'ordre — première configuration</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="187" />
      <source>The language of the interface; it can be changed later.</source>
      <translation>La langue de l'interface ; elle peut être changée plus tard.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="190" />
      <source>Français ou العربية: the next pages follow this choice at once.</source>
      <translation>Français ou العربية : les pages suivantes suivent ce choix aussitôt.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="192" />
      <source>The office</source>
      <translation>Le bureau d'ordre</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="193" />
      <source>The bureau d'ordre this register belongs to.</source>
      <translation>Le bureau d'ordre auquel appartient ce registre.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="197" />
      <source>Office &amp;code</source>
      <translation>&amp;Code du bureau</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="198" />
      <source>Name in &amp;Arabic</source>
      <translation>Nom en &amp;arabe</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="199" />
      <source>Name in &amp;French</source>
      <translation>Nom en &amp;français</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="200" />
      <source>&amp;Ministry or body, in Arabic</source>
      <translation>&amp;Ministère ou organisme, en arabe</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="201" />
      <source>Ministry or &amp;body, in French</source>
      <translation>Ministère ou &amp;organisme, en français</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="206" />
      <source>The first administrator</source>
      <translation>Le premier administrateur</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="207" />
      <source>They set up services and users afterwards.</source>
      <translation>Il crée ensuite les services et les utilisateurs.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="211" />
      <source>&amp;Login</source>
      <translation>&amp;Identifiant</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="212" />
      <source>Full &amp;name</source>
      <translation>&amp;Nom complet</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="213" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="214" />
      <source>&amp;Confirm the password</source>
      <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/setup_wizard.py" line="219" />
      <source>At least %n character(s).</source>
      <translation>
        <numerusform>Au moins %n caractère.</numerusform>
        <numerusform>Au moins %n caractères.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="223" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="224" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="225" />
      <source>&amp;Finish</source>
      <translation>&amp;Terminer</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="226" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="186" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="188" />
      <source>&amp;Language of the interface</source>
      <translation>&amp;Langue de l'interface</translation>
    </message>
  </context>
  <context>
    <name>SimilarMails</name>
    <message>
      <location filename="../ui/registration/similar_mails.py" line="62" />
      <source>Recent mail from this correspondent with a similar subject (already registered?):</source>
      <translation>Courriers récents de ce correspondant au même objet (déjà enregistré ?) :</translation>
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <location filename="../ui/main.py" line="92" />
      <source>Opening the register…</source>
      <translation>Ouverture du registre…</translation>
    </message>
  </context>
  <context>
    <name>StatsDesk</name>
    <message>
      <location filename="../ui/stats/desk.py" line="51" />
      <source>Activity &amp;dashboard…</source>
      <translation>&amp;Tableau de bord d'activité…</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="67" />
      <source>Return mail %1</source>
      <translation>Renvoyer le courrier %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="70" />
      <source>The mail goes back to the bureau d'ordre, to be assigned again; say why it is not your service's.</source>
      <translation>Le courrier retourne au bureau d'ordre pour être imputé à nouveau ; indiquez pourquoi il ne relève pas de votre service.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="74" />
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="75" />
      <source>&amp;Return it</source>
      <translation>&amp;Renvoyer</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="77" />
      <source>Answer to mail %1</source>
      <translation>Réponse au courrier %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="79" />
      <source>Type or scan the number of the outgoing mail that answers it.</source>
      <translation>Saisissez ou scannez le numéro du courrier de départ qui y répond.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="81" />
      <source>&amp;Outgoing mail</source>
      <translation>Courrier de &amp;départ</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="84" />
      <source>&amp;Mark answered</source>
      <translation>Marquer &amp;répondu</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="86" />
      <source>File mail %1</source>
      <translation>Classer le courrier %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="87" />
      <source>The mail is filed (classé): its treatment is over.</source>
      <translation>Le courrier est classé : son traitement est terminé.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="88" />
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="89" />
      <source>Optional</source>
      <translation>Facultatif</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="90" />
      <source>&amp;File it</source>
      <translation>C&amp;lasser</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="91" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>SyncIndicator</name>
    <message>
      <location filename="../ui/portal/indicator.py" line="83" />
      <source>Portal: syncing…</source>
      <translation>Portail : synchronisation…</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="85" />
      <source>Portal…</source>
      <translation>Portail…</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="87" />
      <source>Portal not configured</source>
      <translation>Portail non configuré</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="90" />
      <source>Portal: sync interrupted</source>
      <translation>Portail : synchronisation interrompue</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="94" />
      <source>Portal: error — %1</source>
      <translation>Portail : erreur — %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="96" />
      <source>Portal: never synced</source>
      <translation>Portail : jamais synchronisé</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="98" />
      <source>Portal: up to date (%1)</source>
      <translation>Portail : à jour (%1)</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/indicator.py" line="102" />
      <source>%n pending</source>
      <translation>
        <numerusform>%n en attente</numerusform>
        <numerusform>%n en attente</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/indicator.py" line="103" />
      <source>%n in quarantine</source>
      <translation>
        <numerusform>%n en quarantaine</numerusform>
        <numerusform>%n en quarantaine</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/indicator.py" line="104" />
      <source>%n refused</source>
      <translation>
        <numerusform>%n refusé</numerusform>
        <numerusform>%n refusés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="119" />
      <source>Last successful sync: %1</source>
      <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="125" />
      <source>Last attempt: %1</source>
      <translation>Dernière tentative : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/indicator.py" line="130" />
      <source>Automatic sync every %n minute(s)</source>
      <translation>
        <numerusform>Synchronisation automatique chaque minute</numerusform>
        <numerusform>Synchronisation automatique toutes les %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="134" />
      <source>Automatic sync is turned off</source>
      <translation>Synchronisation automatique désactivée</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="135" />
      <source>Click for the sync log, the quarantine and the outbox (Shift+F9).</source>
      <translation>Cliquez pour le journal, la quarantaine et les envois (Maj+F9).</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="139" />
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="140" />
      <source>Interrupt the sync</source>
      <translation>Interrompre la synchronisation</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="177" />
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
  </context>
  <context>
    <name>ThumbnailStrip</name>
    <message>
      <location filename="../ui/preview/strip.py" line="162" />
      <source>Page %1</source>
      <translation>Page %1</translation>
    </message>
    <message>
      <location filename="../ui/preview/strip.py" line="178" />
      <source>Loading pages…</source>
      <translation>Chargement des pages…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/preview/strip.py" line="185" />
      <source>%n more page(s)</source>
      <translation>
        <numerusform>%n page de plus</numerusform>
        <numerusform>%n pages de plus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/preview/strip.py" line="220" />
      <source>Double-click a page to enlarge it.</source>
      <translation>Double-cliquez sur une page pour l'agrandir.</translation>
    </message>
  </context>
  <context>
    <name>TrayPanel</name>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="46" />
      <source>no label</source>
      <translation>pas d'étiquette</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="47" />
      <source>label cannot be read</source>
      <translation>étiquette illisible</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="48" />
      <source>barcode of another origin</source>
      <translation>code-barres d'une autre origine</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="49" />
      <source>several labels on one page</source>
      <translation>plusieurs étiquettes sur une page</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="50" />
      <source>number unknown in this office</source>
      <translation>numéro inconnu dans ce bureau</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="51" />
      <source>the mail is cancelled</source>
      <translation>le courrier est annulé</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="52" />
      <source>mail outside your rights</source>
      <translation>courrier hors de vos droits</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="146" />
      <source>Attach to mail number</source>
      <translation>Joindre au courrier n°</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="147" />
      <source>Type or scan the label</source>
      <translation>Saisissez ou scannez l'étiquette</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="148" />
      <location filename="../ui/capture/tray_panel.py" line="327" />
      <source>&amp;Attach</source>
      <translation>&amp;Joindre</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="149" />
      <source>Discard…</source>
      <translation>Écarter…</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="150" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="151" />
      <source>Nothing to sort.</source>
      <translation>Rien à trier.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/tray_panel.py" line="176" />
      <location filename="../ui/capture/tray_panel.py" line="314" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="293" />
      <source>Type or scan the number of the mail first.</source>
      <translation>Saisissez ou scannez d'abord le numéro du courrier.</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="313" />
      <source>Attach to this mail?</source>
      <translation>Joindre à ce courrier ?</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="316" />
      <source>Attach %1 (%2) to this mail?</source>
      <translation>Joindre %1 (%2) à ce courrier ?</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="322" />
      <source>Subject: %1</source>
      <translation>Objet : %1</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="323" />
      <source>Correspondent: %1</source>
      <translation>Correspondant : %1</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="324" />
      <source>Registered on %1</source>
      <translation>Enregistré le %1</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="349" />
      <source>Attached to %1.</source>
      <translation>Joint à %1.</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="367" />
      <source>Discard</source>
      <translation>Écarter</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="367" />
      <source>Why is this document discarded?</source>
      <translation>Pourquoi ce document est-il écarté ?</translation>
    </message>
  </context>
  <context>
    <name>UnlockSecretsDialog</name>
    <message>
      <location filename="../ui/secret_store.py" line="179" />
      <source>Secrets file</source>
      <translation>Fichier de secrets</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="182" />
      <source>The passwords of this computer are kept in the application's encrypted secrets file. Its password unlocks them until the application is closed.</source>
      <translation>Les mots de passe de cet ordinateur sont conservés dans le fichier de secrets chiffré de l'application. Son mot de passe les déverrouille jusqu'à la fermeture de l'application.</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="186" />
      <source>&amp;Password of the secrets file</source>
      <translation>&amp;Mot de passe du fichier de secrets</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <location filename="../ui/admin/users_page.py" line="114" />
      <source>&amp;Users</source>
      <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="119" />
      <source>Login</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="120" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="121" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="122" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="123" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="126" />
      <source>Users of the &amp;office</source>
      <translation>Utilisateurs du &amp;bureau</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="127" />
      <source>&amp;New user</source>
      <translation>&amp;Nouvel utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="128" />
      <source>Un&amp;lock the account</source>
      <translation>Débl&amp;oquer le compte</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="131" />
      <source>Ac&amp;tive (may log in)</source>
      <translation>Compte &amp;actif (peut se connecter)</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="132" />
      <source>Sa&amp;ve the user</source>
      <translation>Enre&amp;gistrer l'utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="139" />
      <source>&amp;Login</source>
      <translation>Identi&amp;fiant</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="140" />
      <source>Full &amp;name</source>
      <translation>Nom &amp;complet</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="141" />
      <source>&amp;Role</source>
      <translation>&amp;Rôle</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="142" />
      <source>&amp;Services</source>
      <translation>Ser&amp;vices</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="143" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="143" />
      <source>New &amp;password</source>
      <translation>Nouveau &amp;mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="144" />
      <source>&amp;Confirm the password</source>
      <translation>Confirm&amp;er le mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="149" />
      <source>New user</source>
      <translation>Nouvel utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="152" />
      <source>User %1</source>
      <translation>Utilisateur %1</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="153" />
      <source>Leave empty to keep the password</source>
      <translation>Laisser vide pour garder le mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="179" />
      <source>Locked</source>
      <translation>Bloqué</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="290" />
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe sont différents.</translation>
    </message>
  </context>
  <context>
    <name>VerificationBanner</name>
    <message>
      <location filename="../ui/signature/verification.py" line="68" />
      <source>Signature %1 is not valid: %2</source>
      <translation>La signature %1 n'est pas valide : %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/signature/verification.py" line="72" />
      <source>%n valid signature(s), without a trusted time (B-B).</source>
      <translation>
        <numerusform>%n signature valide, sans date certifiée (B-B).</numerusform>
        <numerusform>%n signatures valides, sans date certifiée (B-B).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/signature/verification.py" line="75" />
      <source>%n valid signature(s), intact and trusted.</source>
      <translation>
        <numerusform>%n signature valide, document intègre, certificat de confiance.</numerusform>
        <numerusform>%n signatures valides, document intègre, certificats de confiance.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="78" />
      <source>Filled in after signing: the registry number only.</source>
      <translation>Rempli après la signature : le numéro d'enregistrement seulement.</translation>
    </message>
  </context>
  <context>
    <name>VerificationPanel</name>
    <message>
      <location filename="../ui/signature/verification.py" line="105" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="105" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="113" />
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="114" />
      <source>later signatures and timestamps only</source>
      <translation>signatures et horodatages postérieurs seulement</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="115" />
      <source>form filling only</source>
      <translation>remplissage de formulaire seulement</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="116" />
      <source>annotations added</source>
      <translation>annotations ajoutées</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="117" />
      <source>the document was altered</source>
      <translation>le document a été altéré</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="120" />
      <source>not revoked</source>
      <translation>non révoqué</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="121" />
      <source>revoked</source>
      <translation>révoqué</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="122" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="128" />
      <source>trusted timestamp</source>
      <translation>horodatage de confiance</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="130" />
      <source>signer's computer clock</source>
      <translation>horloge de l'ordinateur du signataire</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="137" />
      <source>Signed by</source>
      <translation>Signé par</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="138" />
      <source>Signed on</source>
      <translation>Signé le</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="139" />
      <source>Intact</source>
      <translation>Intègre</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="140" />
      <source>Trusted certificate</source>
      <translation>Certificat de confiance</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="141" />
      <source>Revocation</source>
      <translation>Révocation</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="142" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="143" />
      <source>Changed after it</source>
      <translation>Modifié ensuite</translation>
    </message>
  </context>
</TS>