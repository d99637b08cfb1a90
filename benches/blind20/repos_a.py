"""Repositories 1-8: bank batch, insurance rating, travel GDS, hotel PMS, logistics TMS, retail POS,
pharmacy e-prescribing, university research portal."""
from b20lib import J, extras

AWS_EX_ID = J("AKIA", "IOSFODNN7", "EXAMPLE")
AWS_EX_SECRET = J("wJalrXUtnFEMI", "/K7MDENG/", "bPxRfiCY", "EXAMPLEKEY")


def aws_id(S):
    return J("AK", "IA") + S.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(S):
    return S.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40)


# ------------------------------------------------------------------ 1. bank mainframe batch
def bank_batch(c):
    S, R = c.S, "bank-batch-mainframe"
    f = c.file(R, "jcl/NIGHTLY/GLPOST01.jcl", "jcl")
    f.t("""
        //GLPOST01 JOB (ACCT,GL01),'GL NIGHTLY POST',CLASS=B,MSGCLASS=X,
        //             NOTIFY=&SYSUID,REGION=0M,""")
    f.p("//             USER=BGLBAT1,PASSWORD=@@", S.mainframe_pw(), "jcl-job-password", "ibm-racf")
    f.t("""
        //*--------------------------------------------------------------
        //* STEP010: UNLOAD GL TRANSACTIONS FROM DB2 (DSNP)
        //*--------------------------------------------------------------
        //STEP010  EXEC PGM=IKJEFT01,DYNAMNBR=20
        //STEPLIB  DD DSN=DSNP.SDSNLOAD,DISP=SHR
        //SYSTSPRT DD SYSOUT=*
        //SYSTSIN  DD *
          DSN SYSTEM(DSNP)
          RUN PROGRAM(GLUNLD) PLAN(GLUNLD01) -
              LIB('PROD.GL.LOADLIB')
          END
        /*
        //*--------------------------------------------------------------
        //* STEP020: SEND EXTRACT TO THE DATA WAREHOUSE LANDING ZONE
        //*--------------------------------------------------------------
        //STEP020  EXEC PGM=FTP,PARM='(EXIT TIMEOUT 120'
        //OUTPUT   DD SYSOUT=*
        //INPUT    DD *
        dwland01.corp.internal 21""")
    f.p("dwxfer @@", S.pw(3), "jcl-ftp-password")
    f.t("""
        binary
        put 'PROD.GL.EXTRACT.D&LYYMMDD' gl_extract.dat
        quit
        /*
        //STEP030  EXEC PGM=IEFBR14
        //* OLD PASSWORD BELOW WAS ROTATED IN CHG0041877 - LEFT FOR REFERENCE""")
    f.n("//* PASSWORD=@@", "********", "redacted")
    f2 = c.file(R, "jcl/NIGHTLY/RECON02.jcl", "jcl")
    f2.t("""
        //RECON02  JOB (ACCT,GL02),'RECON VS CORE',CLASS=B,MSGCLASS=X""")
    f2.n("//             USER=BGLBAT2,PASSWORD=@@", "&PWD", "jcl-symbolic-reference")
    f2.t("""
        //* PASSWORD IS SUPPLIED BY THE SCHEDULER AS SYMBOL &PWD (CA-7 VAULT)
        //STEP010  EXEC PGM=RECONGL
        //SYSIN    DD *
        RECON-DATE=CURRENT
        TOLERANCE=0.01""")
    f2.n("MAX-PASSWORD-AGE=@@", "45", "policy-setting")
    f2.t("""
        /*
        //SYSPRINT DD SYSOUT=*""")
    # COBOL copybook
    f = c.file(R, "copybooks/WSCONN.cpy", "cobol-copybook")
    f.t("""
              *================================================================*
              * WSCONN - CONNECTION PARAMETERS FOR THE CORE BANKING GATEWAY     *
              * MAINTAINED BY: BATCH SUPPORT (EXT 4471)                         *
              *================================================================*
               01  WS-GATEWAY-CONN.
                   05  WS-GW-HOST          PIC X(30) VALUE 'cbgw01.corp.internal'.
                   05  WS-GW-PORT          PIC 9(05) VALUE 14430.
                   05  WS-GW-USERID        PIC X(08) VALUE 'CBGWUSR'.""")
    f.p("           05  WS-GW-PASSWORD      PIC X(08) VALUE '@@'.", S.mainframe_pw(), "cobol-hardcoded-password")
    f.n("           05  WS-GW-PWD-MIN-LEN   PIC 9(02) VALUE @@.", "08", "policy-setting")
    f.t("""
                   05  WS-GW-TIMEOUT       PIC 9(04) VALUE 0030.
               01  WS-MQ-CONN.
                   05  WS-MQ-QMGR          PIC X(48) VALUE 'QMPRDGL1'.
                   05  WS-MQ-CHANNEL       PIC X(20) VALUE 'GL.SVRCONN'.
                   05  WS-MQ-USER          PIC X(12) VALUE 'glmqapp'.""")
    f.p("           05  WS-MQ-PASSWORD      PIC X(24) VALUE '@@'.", S.pw(3)[:20], "cobol-hardcoded-password")
    f.n("           05  WS-MQ-PWD-FILLER    PIC X(24) VALUE @@.", "SPACES", "empty-value")
    f.n("           05  WS-HMAC-KEY-LABEL   PIC X(32) VALUE '@@'.", "GL.HMAC.KEY.PROD", "key-label")
    f.p("           05  WS-PIN-ZMK          PIC X(32) VALUE '@@'.", S.HEX(32), "zone-master-key-hex")
    # MQ scripts
    f = c.file(R, "mq/QMPRDGL1.mqsc", "mqsc")
    f.t("""
        * QMPRDGL1 channel and authentication definitions
        * apply with: runmqsc QMPRDGL1 < QMPRDGL1.mqsc
        DEFINE CHANNEL('GL.SVRCONN') CHLTYPE(SVRCONN) TRPTYPE(TCP) +
               SSLCIPH('ANY_TLS12_OR_HIGHER') SSLCAUTH(REQUIRED) REPLACE
        SET CHLAUTH('GL.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('10.40.*') +
               USERSRC(CHANNEL) CHCKCLNT(REQUIRED)
        ALTER AUTHINFO(SYSTEM.DEFAULT.AUTHINFO.IDPWOS) AUTHTYPE(IDPWOS) +
               CHCKCLNT(REQDADM) ADOPTCTX(YES)
        * LDAP authinfo for the admin group""")
    f.t("""
        DEFINE AUTHINFO('GL.LDAP') AUTHTYPE(IDPWLDAP) +
               CONNAME('ldap01.corp.internal(636)') +
               LDAPUSER('cn=mqbind,ou=svc,dc=corp,dc=internal') +""")
    f.p("       LDAPPWD('@@') +", S.pw(), "mq-ldap-bind-password")
    f.t("""
               SECCOMM(YES) SHORTUSR('sAMAccountName') REPLACE""")
    f2 = c.file(R, "mq/client/mqclient.ini", "ini")
    f2.t("""
        CHANNELS:
           MQReconnectTimeout=1800
        SSL:
           OutboundSNI=HOSTNAME""")
    f2.n("   SSLKeyRepositoryPassword=@@", "/var/mqm/ssl/key.sth", "stash-file-reference")
    f2.t("""
        TCP:
           KeepAlive=Yes""")
    # Connect:Direct
    f = c.file(R, "ndm/processes/SENDSWIFT.cdp", "connect-direct")
    f.t("""
        /* Connect:Direct process: nightly SWIFT MT940 batch to the correspondent bank */
        SENDSWIFT PROCESS SNODE=CD.CORRBANK.PRD   -
                          PNODEID=(NDMPROD)       -""")
    f.p("                  SNODEID=(CORRXFR,@@)  -", S.mainframe_pw(), "connect-direct-snodeid-password")
    f.t("""
                          CLASS=3
        STEP01  COPY FROM (DSN=PROD.SWIFT.MT940.OUT DISP=SHR PNODE) -
                     TO   (FILE=/inbound/mt940/stmt.dat DISP=RPL SNODE)""")
    f2 = c.file(R, "ndm/netmap/userfile.cfg", "connect-direct")
    f2.t("""
        # Connect:Direct for UNIX userfile.cfg (secure point of entry)
        local.id.batch:\\
        \t:admin.auth=n:\\
        \t:pstat=y:
        remote.corrxfr@CD.CORRBANK.PRD:\\
        \t:local.id=ndmxfer:\\""")
    f2.p("\t:pswd=@@:", S.pw(3), "connect-direct-remote-password")
    f2.t("""
        ndmuser@CD.INTERNAL.HUB:\\
        \t:local.id=ndmxfer:""")
    f2.n("\t:pswd=@@:", "", "empty-value")
    # CICS Liberty
    f = c.file(R, "cics/liberty/server.xml", "xml")
    f.t("""
        <?xml version="1.0" encoding="UTF-8"?>
        <server description="CICS JVM server GLWEB">
            <featureManager>
                <feature>cicsts:security-1.0</feature>
                <feature>jdbc-4.2</feature>
            </featureManager>
            <basicRegistry id="basic" realm="GLREALM">""")
    f.n('        <user name="glsvc" password="@@"/>', "{xor}" + S.b64(12), "websphere-xor-encoded")
    f.n('        <user name="glops" password="@@"/>', "{aes}" + S.b64(48), "encrypted-value")
    f.p('        <user name="glbatch" password="@@"/>', S.pw(), "liberty-basic-registry-password")
    f.t("""
            </basicRegistry>
            <dataSource id="db2glp" jndiName="jdbc/glp">""")
    f.p('        <properties.db2.jcc databaseName="DSNP" user="GLWEBU" password="@@"', S.mainframe_pw(),
        "db2-datasource-password")
    f.t("""
                    serverName="dsnp.corp.internal" portNumber="5021"/>
            </dataSource>
            <keyStore id="defaultKeyStore" location="safkeyring:///GLWEB.RING" type="JCERACFKS"/>
        </server>""")
    f = c.file(R, "config/db2batch.properties", "properties")
    f.t("""
        # DB2 connection for the Java batch steps (JZOS)
        db2.url=jdbc:db2://dsnp.corp.internal:5021/DSNP
        db2.user=GLJBAT""")
    f.p("db2.password=@@", S.mainframe_pw(), "db2-password")
    f.n("db2.password.previous=@@", "${DB2_PASSWORD_OLD}", "env-reference")
    extras(c, f, "props", 4, 4)
    f.t("""
        db2.currentSchema=GLPROD
        batch.commit.interval=500""")


# ------------------------------------------------------------------ 2. insurance rating engine
def insurance_rating(c):
    S, R = c.S, "pc-rating-engine"
    f = c.file(R, "modules/configuration/config/database-config.xml", "xml")
    f.t("""
        <?xml version="1.0"?>
        <database-config>
          <database name="PolicyCenterDatabase" dbtype="oracle" autoupgrade="full">
            <!-- UAT rating database -->""")
    pw = S.pw(3)
    f.p('    <dbcp-connection-pool jdbc-url="jdbc:oracle:thin:pcrate/@@@pcuat-scan.corp.internal:1521/PCUAT"',
        pw, "jdbc-url-password")
    f.t("""
              max-total="40" max-idle="10"/>
          </database>
          <database name="RatingArchive" dbtype="sqlserver">""")
    f.n('    <dbcp-connection-pool jdbc-url="jdbc:sqlserver://arch01:1433;databaseName=RATEARCH;user=ratearch;password=@@"',
        "${env.RATEARCH_DB_PASSWORD}", "env-reference")
    f.t("""
              max-total="10"/>
          </database>
        </database-config>""")
    f = c.file(R, "modules/configuration/config/suite-config.xml", "xml")
    f.t("""
        <?xml version="1.0"?>
        <suite-config>
          <product name="cc" url="https://claims-uat.corp.internal/cc"/>
          <product name="bc" url="https://billing-uat.corp.internal/bc"/>
          <!-- integration user for PC to BC calls -->
          <param name="IntegrationUser" value="su_pcbc"/>""")
    f.p('  <param name="IntegrationPassword" value="@@"/>', S.pw(), "integration-user-password")
    f.n('  <param name="IntegrationPasswordProd" value="@@"/>', "${PC_BC_INTEGRATION_PASSWORD}", "env-reference")
    f.t("""
        </suite-config>""")
    f = c.file(R, "modules/configuration/config/rating/rating.properties", "properties")
    f.t("""
        # Rate book service and third-party data providers
        ratebook.service.url=https://ratebook.corp.internal/api/v2
        ratebook.service.user=pc_rating""")
    f.p("ratebook.service.password=@@", S.pw(), "ratebook-service-password")
    f.t("""
        # ISO ClaimSearch
        iso.claimsearch.endpoint=https://claimsearch.iso.com/xmlsvc
        iso.claimsearch.customer=CS00417""")
    f.p("iso.claimsearch.password=@@", S.pw(1), "iso-claimsearch-password")
    f.t("""
        # LexisNexis C.L.U.E. auto reports
        lexisnexis.account=710443""")
    f.p("lexisnexis.clue.password=@@", S.pw(), "lexisnexis-password")
    f.t("""
        # Verisk geocoding
        verisk.geo.url=https://api.verisk.com/location/v1""")
    f.p("verisk.geo.apikey=@@", S.alnum(32), "verisk-api-key")
    f.n("verisk.geo.apikey.sandbox=@@", "REPLACE_WITH_SANDBOX_KEY", "placeholder")
    f.n("rating.password.policy.minLength=@@", "14", "policy-setting")
    extras(c, f, "props", 3, 4)
    f = c.file(R, "modules/configuration/gsrc/acme/integration/PaymentGatewayPlugin.java", "code-java")
    f.t("""
        package acme.integration;

        import java.net.http.HttpClient;
        import java.util.Base64;

        public class PaymentGatewayPlugin {
            private static final String ENDPOINT = "https://payments.corp.internal/v3";""")
    f.n('    private static final String API_KEY = System.getenv("@@");', "PAYGW_API_KEY", "env-reference")
    f.p('    // TODO remove before prod: private static final String FALLBACK_KEY = "@@";', S.alnum(40),
        "payment-gateway-api-key")
    f.t("""
            private final HttpClient client = HttpClient.newHttpClient();

            String authHeader() {""")
    f.p('        return "Basic " + Base64.getEncoder().encodeToString("pcpay:@@".getBytes());', S.pw(3),
        "basic-auth-password-in-code")
    f.t("""
            }
        }""")
    f = c.file(R, "gradle.properties", "properties")
    f.t("""
        org.gradle.jvmargs=-Xmx4g
        gwVersion=10.2.3
        artifactoryUrl=https://artifacts.corp.internal/artifactory
        artifactoryUser=svc-pc-build""")
    f.p("artifactoryPassword=@@", J("AKC", "p") + S.alnum(69), "jfrog-api-key", "jfrog", False)
    f.n("artifactoryPasswordCi=@@", "${ARTIFACTORY_TOKEN}", "env-reference")


# ------------------------------------------------------------------ 3. travel agency GDS integrations
def travel_gds(c):
    S, R = c.S, "travel-gds-bridge"
    f = c.file(R, "config/amadeus.yml", "yaml")
    f.t("""
        # Amadeus for Developers (self-service) and Enterprise SOAP
        self_service:
          hostname: production
          client_id: """ + S.alnum(32))
    f.p("  client_secret: @@", S.alnum(16), "amadeus-api-secret", "amadeus")
    f.t("""
        enterprise:
          wsap: 1ASIWXXXACM
          office_id: PARAC28AA
          originator: WSACMXXX""")
    f.p('  password_data: "@@"', S.b64(12), "amadeus-ws-password", "amadeus")
    f.n("  password_type: @@", "PasswordDigest", "policy-setting")
    extras(c, f, "yaml2", 2, 4)
    f = c.file(R, "soap/sabre/SessionCreateRQ.xml", "xml")
    f.t("""
        <soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/">
          <soap-env:Header>
            <eb:MessageHeader xmlns:eb="http://www.ebxml.org/namespaces/messageHeader">
              <eb:CPAId>K4FJ</eb:CPAId>
              <eb:Service>SessionCreateRQ</eb:Service>
            </eb:MessageHeader>
            <wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext">
              <wsse:UsernameToken>
                <wsse:Username>7781</wsse:Username>""")
    f.p("        <wsse:Password>@@</wsse:Password>", S.upper(8), "sabre-epr-password", "sabre")
    f.t("""
                <Organization>K4FJ</Organization>
                <Domain>DEFAULT</Domain>
              </wsse:UsernameToken>
            </wsse:Security>
          </soap-env:Header>
        </soap-env:Envelope>""")
    f = c.file(R, "soap/sabre/SessionCreateRQ.template.xml", "xml")
    f.t("""
        <wsse:UsernameToken>
          <wsse:Username>{{EPR}}</wsse:Username>""")
    f.n("  <wsse:Password>@@</wsse:Password>", "{{SABRE_PASSWORD}}", "template-reference")
    f.n('  <wsse:Password Type="PasswordDigest">@@</wsse:Password>', S.b64(20), "password-digest")
    f.t("""
        </wsse:UsernameToken>""")
    f = c.file(R, "src/main/resources/travelport.properties", "properties")
    f.t("""
        # Travelport Universal API (uAPI)
        uapi.endpoint=https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI""")
    f.n("uapi.username=@@", "Universal API/uAPI" + S.digits(10) + "-" + S.hex(8), "public-id")
    f.p("uapi.password=@@", S.alnum(10) + S.r.choice("!*-_") + S.alnum(4), "travelport-uapi-password", "travelport")
    f.t("""
        uapi.targetBranch=P7148592
        uapi.provider=1G""")
    extras(c, f, "props", 2, 2)
    f = c.file(R, "bridge/ndc_client.py", "code-python")
    f.t("""
        import os
        import requests

        NDC_BASE = "https://ndc.airline-partner.example.net/v21.3"
        # partner credentials issued by the airline's NDC onboarding team""")
    f.p('NDC_API_KEY = "@@"', S.hex(32), "ndc-api-key")
    f.n('NDC_API_KEY_STAGING = os.environ.get("@@", "")', "NDC_API_KEY_STAGING", "env-reference")
    f.t("""

        def session():
            s = requests.Session()""")
    f.p('    s.headers["Authorization"] = "Bearer @@"', S.b64url(48), "bearer-token-in-code")
    f.t("""
            s.headers["X-Api-Key"] = NDC_API_KEY
            return s


        def amadeus_token():
            return requests.post(
                "https://api.amadeus.com/v1/security/oauth2/token",""")
    f.p('        data={"grant_type": "client_credentials", "client_id": "' + S.alnum(32) + '", "client_secret": "@@"},',
        S.alnum(16), "amadeus-api-secret", "amadeus")
    f.t("""
            ).json()["access_token"]""")
    f = c.file(R, ".env", "dotenv")
    f.t("""
        # local dev - do NOT commit (oops)
        GDS_ENV=test""")
    f.p("TRAVELPORT_PASSWORD=@@", S.alnum(12), "travelport-uapi-password", "travelport")
    f.p("DATABASE_URL=@@", "postgres://gds:" + S.pw(3) + "@db.gds.internal:5432/bookings", "postgres-url", "postgres", False)
    f.p("SENTRY_AUTH_TOKEN=@@", J("sntry", "s_") + S.b64url(90) + "_" + S.b64url(32), "sentry-auth-token", "sentry", False)
    extras(c, f, "env", 2, 3)


# ------------------------------------------------------------------ 4. hotel PMS
def hotel_pms(c):
    S, R = c.S, "hotel-pms-integrations"
    f = c.file(R, "src/Pms.Connector/appsettings.Production.json", "json")
    f.t("""
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          "Opera": {
            "BaseUrl": "https://ohip-prod.hospitality-api.example.com",
            "HotelId": "HTLMUC01",
            "ClientId": "acme_pms_Client",""")
    f.p('    "ClientSecret": "@@",', S.b64url(24), "oracle-ohip-client-secret", "oracle-hospitality")
    f.p('    "AppKey": "@@",', S.uuid(), "oracle-ohip-app-key", "oracle-hospitality")
    f.t("""
            "EnterpriseId": "ACME"
          },
          "Mews": {
            "Platform": "https://api.mews.com",""")
    f.p('    "ClientToken": "@@",', S.HEX(32) + "-" + S.HEX(31), "mews-client-token", "mews")
    f.p('    "AccessToken": "@@",', S.HEX(32) + "-" + S.HEX(31), "mews-access-token", "mews")
    f.t("""
            "Client": "AcmePms 2.4"
          },
          "ConnectionStrings": {""")
    f.p('    "Pms": "@@",', "Server=tcp:pmsdb.database.windows.net,1433;Database=pms;User ID=pmsapp;Password=" + S.pw(1) +
        ";Encrypt=True;", "sqlserver-connection-string", "microsoft", False)
    f.p('    "Bus": "@@"', J("Endpoint=sb://", "acme-pms.servicebus.windows.net/;SharedAccessKeyName=",
                              "RootManageSharedAccessKey;SharedAccessKey=") + S.b64(32),
        "azure-servicebus-connection-string", "azure", False)
    f.t("""
          },
          "KeyVault": {""")
    f.n('    "Uri": "@@",', "https://kv-acme-pms.vault.azure.net/", "vault-reference")
    f.n('    "TenantId": "@@",', S.uuid(), "uuid-id")
    f.n('    "ClientId": "@@"', S.uuid(), "uuid-id")
    f.t("""
          }
        }""")
    f = c.file(R, "src/Pms.Connector/appsettings.json", "json")
    f.t("""
        {
          "Opera": {""")
    f.n('    "ClientSecret": "@@",', "@Microsoft.KeyVault(SecretUri=https://kv-acme-pms.vault.azure.net/secrets/ohip-secret/)",
        "vault-reference")
    f.n('    "AppKey": "@@"', "", "empty-value")
    f.t("""
          },
          "Mews": {""")
    f.n('    "ClientToken": "@@"', "<mews-client-token>", "placeholder")
    f.t("""
          }
        }""")
    f = c.file(R, "ops/NightAudit.ps1", "powershell")
    f.t("""
        # Night audit export to the revenue management system (IDeaS)
        param([string]$Hotel = "HTLMUC01")
        $ErrorActionPreference = "Stop"
        $user = "ideas_export\"""")
    f.p('$pass = ConvertTo-SecureString "@@" -AsPlainText -Force', S.pw(), "powershell-securestring-password")
    f.t("""
        $cred = New-Object System.Management.Automation.PSCredential($user, $pass)""")
    f.n('$vaultPass = Get-Secret -Name "@@" -AsPlainText', "ideas-sftp", "secret-store-reference")
    f.p("$env:CLOUDBEDS_API_KEY = \"@@\"", S.alnum(40), "cloudbeds-api-key", "cloudbeds")
    f.t("""
        Invoke-RestMethod -Uri "https://sftp.ideas.example.net/upload" -Credential $cred -InFile ".\\audit_$Hotel.csv" -Method Put""")
    extras(c, f, "psenv", 2, 2)
    f = c.file(R, "legacy/Web.config", "xml")
    f.t("""
        <?xml version="1.0"?>
        <configuration>
          <appSettings>
            <add key="PosInterfaceHost" value="10.20.4.15"/>
            <add key="PosInterfacePort" value="5010"/>""")
    f.p('    <add key="PosInterfacePassword" value="@@"/>', S.pw(3), "pos-interface-password")
    f.p('    <add key="KeyCardEncoderKey" value="@@"/>', S.HEX(32), "keycard-encoder-key")
    f.n('    <add key="KeyCardEncoderKeyUat" value="@@"/>', "0" * 32, "placeholder")
    f.t("""
          </appSettings>
          <connectionStrings>""")
    f.p('    <add name="Fidelio" connectionString="Data Source=FIDPROD;User Id=opera;Password=@@;" providerName="Oracle.ManagedDataAccess.Client"/>',
        S.pw(4), "oracle-connection-string-password")
    f.t("""
          </connectionStrings>
          <machineKey""")
    f.p('    validationKey="@@"', S.HEX(128), "aspnet-machinekey-validation-key", "microsoft")
    f.p('    decryptionKey="@@"', S.HEX(48), "aspnet-machinekey-decryption-key", "microsoft")
    f.t("""
            validation="HMACSHA256" decryption="AES"/>
        </configuration>""")


# ------------------------------------------------------------------ 5. logistics TMS
def logistics_tms(c):
    S, R = c.S, "tms-carrier-hub"
    f = c.file(R, "config/carriers.yaml", "yaml")
    f.t("""
        # Carrier API credentials per environment. Prod values live in SSM; these are the
        # sandbox ones the team shares (some prod ones slipped in - see INC-2291).
        fedex:
          base_url: https://apis.fedex.com
          account_number: "740561073\"""")
    f.p("  client_id: @@", "l7" + S.hex(30), "fedex-api-key", "fedex")
    f.p("  client_secret: @@", S.hex(32), "fedex-secret-key", "fedex")
    f.t("""
        ups:
          base_url: https://onlinetools.ups.com
          shipper_number: A1B234""")
    f.n("  client_id: @@", S.alnum(48), "public-id")
    f.p("  client_secret: @@", S.alnum(64), "ups-client-secret", "ups")
    f.t("""
        dhl:
          express_base_url: https://express.api.dhl.com/mydhlapi
          username: acmelogisticsDE""")
    f.p("  password: @@", S.upper(1) + S.alnum(7) + "!" + S.upper(1) + S.digits(6), "dhl-express-password", "dhl")
    f.p("  parcel_api_key: @@", S.alnum(32), "dhl-api-key", "dhl")
    f.t("""
        usps:
          base_url: https://apis.usps.com""")
    f.n("  consumer_key: @@", "arn:aws:ssm:us-east-1:" + S.digits(12) + ":parameter/tms/usps/consumer_key", "aws-ssm-arn")
    f.n("  consumer_secret: @@", "arn:aws:ssm:us-east-1:" + S.digits(12) + ":parameter/tms/usps/consumer_secret", "aws-ssm-arn")
    f.t("""
        project44:
          base_url: https://na12.api.project44.com""")
    f.p("  client_secret: @@", S.alnum(40), "project44-client-secret", "project44")
    f.t("""
        samsara:""")
    f.p("  api_token: @@", J("samsara", "_api_") + S.alnum(30), "samsara-api-token", "samsara", False)
    extras(c, f, "yaml2", 2, 4)
    f = c.file(R, "internal/carrier/usps.go", "code-go")
    f.t("""
        package carrier

        import (
        \t"net/http"
        \t"os"
        )

        const uspsTokenURL = "https://apis.usps.com/oauth2/v3/token"

        var (""")
    f.n('\tuspsKey    = os.Getenv("@@")', "USPS_CONSUMER_KEY", "env-reference")
    f.p('\tuspsSecret = "@@" // TODO(jb): move to SSM before go-live', S.alnum(16), "usps-consumer-secret", "usps")
    f.t("""
        )

        func newRequest(method, url string) (*http.Request, error) {
        \treq, err := http.NewRequest(method, url, nil)
        \tif err != nil {
        \t\treturn nil, err
        \t}""")
    f.p('\treq.SetBasicAuth("tmsapi", "@@")', S.pw(3), "basic-auth-password-in-code")
    f.t("""
        \treturn req, nil
        }""")
    f = c.file(R, "deploy/terraform.tfvars", "terraform")
    f.t("""
        region       = "us-east-1"
        environment  = "prod"
        db_username  = "tms\"""")
    f.p('db_password  = "@@"', S.pw(1), "terraform-variable-password")
    f.p('maps_api_key = "@@"', J("AI", "za") + S.s(S_ALNUM_DASH, 35), "google-api-key", "google", False)
    f.n('kms_key_arn  = "@@"', "arn:aws:kms:us-east-1:" + S.digits(12) + ":key/" + S.uuid(), "aws-arn")
    f.n('ami_id       = "@@"', "ami-0" + S.hex(16), "public-id")
    f = c.file(R, ".env.production", "dotenv")
    f.t("""
        NODE_ENV=production
        PORT=8080""")
    f.p("AWS_ACCESS_KEY_ID=@@", aws_id(S), "aws-access-key-id", "aws", False)
    f.p("AWS_SECRET_ACCESS_KEY=@@", aws_secret(S), "aws-secret-access-key", "aws")
    f.p("EDI_AS2_PASSWORD=@@", S.pw(), "as2-certificate-password")
    f.n("EDI_PARTNER_CERT_SHA256=@@", S.sha256(), "checksum")
    extras(c, f, "env", 2, 2)
    f = c.file(R, "deploy/as2/partner-walmart.pem", "pem-file")
    f.t("# AS2 partner certificate (public) for Walmart EDI")
    f.block("", S.cert_pem(), "", "certificate", "-", positive=False)


S_ALNUM_DASH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


# ------------------------------------------------------------------ 6. retail POS and loyalty
def retail_pos(c):
    S, R = c.S, "pos-loyalty-backend"
    f = c.file(R, "services/payments/config/default.js", "code-js")
    f.t("""
        // payments service defaults; overridden by config/production.js
        module.exports = {
          square: {
            environment: 'production',
            applicationId: 'sq0idp-""" + S.b64url(16) + """',""")
    f.p("    accessToken: '@@',", J("EA", "AA") + S.s(S_ALNUM_DASH, 60), "square-access-token", "square", False)
    f.p("    applicationSecret: '@@',", J("sq0", "csp-") + S.s(S_ALNUM_DASH, 43), "square-oauth-secret", "square", False)
    f.p("    webhookSignatureKey: '@@',", S.b64url(16), "square-webhook-signature-key", "square")
    f.t("""
          },
          adyen: {
            merchantAccount: 'AcmeRetailPOS',""")
    f.p("    apiKey: '@@',", J("AQE", "") + S.s(S_ALNUM_DASH, 8) + "=" + S.s(S_ALNUM_DASH, 80), "adyen-api-key", "adyen", False)
    f.p("    hmacKey: '@@',", S.HEX(64), "adyen-hmac-key", "adyen")
    f.n("    clientKey: '@@',", "live_" + S.upper(32), "public-id")
    f.t("""
          },
          stripeTerminal: {""")
    f.p("    secretKey: '@@',", J("sk", "_live_") + S.alnum(99), "stripe-secret-key", "stripe", False)
    f.n("    publishableKey: '@@',", J("pk", "_live_") + S.alnum(99), "stripe-publishable-key")
    f.n("    testKey: '@@',", J("sk_test_", "4eC39HqLyjW", "DarjtT1zdp7dc"), "vendor-example-key")
    f.t("""
          },
        };""")
    f = c.file(R, "services/loyalty/.env", "dotenv")
    f.t("""
        LOYALTY_PROGRAM=acme-rewards
        KLAVIYO_PUBLIC_KEY=""" + S.alnum(6))
    f.p("KLAVIYO_PRIVATE_KEY=@@", J("pk", "_") + S.hex(34), "klaviyo-private-key", "klaviyo", False)
    f.p("BRAZE_REST_API_KEY=@@", S.uuid(), "braze-rest-api-key", "braze")
    f.n("TWILIO_ACCOUNT_SID=@@", J("A", "C") + S.hex(32), "public-id")
    f.p("TWILIO_AUTH_TOKEN=@@", S.hex(32), "twilio-auth-token", "twilio")
    f.p("SENDGRID_API_KEY=@@", J("S", "G.") + S.b64url(16) + "." + S.b64url(32), "sendgrid-api-key", "sendgrid", False)
    f.p("MAILCHIMP_API_KEY=@@", S.hex(32) + "-us21", "mailchimp-api-key", "mailchimp", False)
    f.n("SENDGRID_TEMPLATE_ID=@@", "d-" + S.hex(32), "public-id")
    extras(c, f, "env", 3, 4)
    f = c.file(R, "docker-compose.yml", "yaml-compose")
    f.t("""
        services:
          loyalty-db:
            image: postgres:16
            environment:
              POSTGRES_USER: loyalty""")
    f.p("      POSTGRES_PASSWORD: @@", S.pw(3), "postgres-password")
    f.t("""
          redis:
            image: redis:7
            command: ["redis-server", "--requirepass",""")
    f.p('              "@@"]', S.alnum(24), "redis-password")
    f.t("""
          payments:
            build: ./services/payments
            environment:
              - NODE_ENV=production""")
    f.n("      - SQUARE_ACCESS_TOKEN=@@", "${SQUARE_ACCESS_TOKEN}", "env-reference")
    f.n("      - ADYEN_API_KEY=@@", "${ADYEN_API_KEY:?missing}", "env-reference")
    f = c.file(R, "services/pos-gateway/Dockerfile", "dockerfile")
    f.t("""
        FROM eclipse-temurin:21-jre
        WORKDIR /app
        COPY build/libs/pos-gateway.jar app.jar""")
    f.n("ARG NPM_TOKEN=@@", "", "empty-value")
    f.p("ENV TERMINAL_API_PASSWORD=@@", S.pw(1), "terminal-api-password")
    f.n("ENV JAVA_TOOL_OPTIONS=@@", "-XX:MaxRAMPercentage=75", "look-alike")
    f.t("""
        EXPOSE 8443
        ENTRYPOINT ["java", "-jar", "app.jar"]""")
    f = c.file(R, "services/payments/package-lock.json", "lockfile")
    f.t("""
        {
          "name": "payments",
          "lockfileVersion": 3,
          "packages": {
            "node_modules/square": {
              "version": "39.1.0",
              "resolved": "https://registry.npmjs.org/square/-/square-39.1.0.tgz",""")
    f.n('      "integrity": "@@"', "sha512-" + S.b64(64), "lockfile-hash")
    f.t("""
            }
          }
        }""")


# ------------------------------------------------------------------ 7. pharmacy e-prescribing
def pharmacy_erx(c):
    S, R = c.S, "erx-gateway"
    f = c.file(R, "src/main/resources/application-prod.yml", "yaml")
    f.t("""
        spring:
          datasource:
            url: jdbc:postgresql://erxdb.pharm.internal:5432/erx
            username: erx_app""")
    f.p("    password: @@", S.pw(), "spring-datasource-password")
    f.t("""
        surescripts:
          endpoint: https://smr-prod.surescripts.net/erx/AcmePharmacy/v6_1
          partner-id: P0004471
          portal-user: acme_integration""")
    f.p("  portal-password: @@", S.pw(1), "surescripts-portal-password", "surescripts")
    f.t("""
          keystore:
            path: /etc/erx/surescripts.p12""")
    f.p('    password: "@@"', S.pw(3), "keystore-password")
    f.t("""
        drfirst:
          vendor-username: acmepharm""")
    f.p("  vendor-password: @@", S.alnum(20), "drfirst-vendor-password", "drfirst")
    f.n("  signature-algorithm: @@", "SHA256withRSA", "policy-setting")
    f.t("""
        epcs:
          hsm-slot: 2""")
    f.n("  hsm-pin: @@", "${EPCS_HSM_PIN}", "env-reference")
    f.n("  dea-number: @@", "AB" + S.digits(7), "public-id")
    f.n("  npi: \"@@\"", S.digits(10), "public-id")
    extras(c, f, "yaml2", 3, 4)
    f = c.file(R, "certs/surescripts-client.key", "pem-file")
    f.block("", S.rsa_pem(pkcs8=True), "", "private-key-pkcs8", "-")
    f = c.file(R, "certs/surescripts-ca.pem", "pem-file")
    f.block("", S.cert_pem(), "", "certificate", "-", positive=False)
    f = c.file(R, "mirth/channels/HL7-ADT-Inbound.xml", "xml")
    f.t("""
        <channel version="4.4.0">
          <name>HL7 ADT Inbound</name>
          <sourceConnector>
            <transportName>TCP Listener</transportName>
          </sourceConnector>
          <destinationConnectors>
            <connector>
              <name>Write to pharmacy DB</name>
              <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties">
                <driver>org.postgresql.Driver</driver>
                <url>jdbc:postgresql://erxdb.pharm.internal:5432/erx</url>
                <username>mirth</username>""")
    f.p("          <password>@@</password>", S.pw(), "mirth-db-password")
    f.t("""
              </properties>
            </connector>
            <connector>
              <name>SFTP to PBM</name>
              <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties">
                <scheme>SFTP</scheme>
                <username>acme_pbm</username>""")
    f.n("          <password>@@</password>", "${sftp_pbm_password}", "template-reference")
    f.t("""
              </properties>
            </connector>
          </destinationConnectors>
        </channel>""")
    f = c.file(R, "config/mllp-router.ini", "ini")
    f.t("""
        [listener]
        host = 0.0.0.0
        port = 2575
        tls = true

        [upstream.ehr]
        host = ehr-int.hospital.example.org
        port = 6661
        user = rx_router""")
    f.p("password = @@", S.pw(), "hl7-upstream-password")
    f.t("""
        [audit]
        sink = syslog""")
    f.n("hash_salt_file = @@", "/run/secrets/audit_salt", "file-reference")
    extras(c, f, "ini", 2, 2)


# ------------------------------------------------------------------ 8. university research data portal
def research_portal(c):
    S, R = c.S, "research-data-portal"
    f = c.file(R, "portal/settings/production.py", "code-python")
    f.t("""
        from .base import *  # noqa
        import os

        DEBUG = False
        ALLOWED_HOSTS = ["data.research.uni.example.edu"]
""")
    f.p('SECRET_KEY = "@@"', S.s("abcdefghijklmnopqrstuvwxyz0123456789!^*-_=+", 50), "django-secret-key", "django")
    f.t("""
        # Globus Auth confidential client (portal.research.uni)""")
    f.n('GLOBUS_CLIENT_ID = "@@"', S.uuid(), "uuid-id")
    f.p('GLOBUS_CLIENT_SECRET = "@@"', S.b64(32), "globus-client-secret", "globus")
    f.t("""
        # ORCID member API""")
    f.n('ORCID_CLIENT_ID = "@@"', "APP-" + S.upper(16), "public-id")
    f.p('ORCID_CLIENT_SECRET = "@@"', S.uuid(), "orcid-client-secret", "orcid")
    f.t("""
        # Dataverse deposit (harvard dataverse sandbox is in base.py)""")
    f.p('DATAVERSE_API_TOKEN = "@@"', S.uuid(), "dataverse-api-token", "dataverse")
    f.n('DATAVERSE_API_TOKEN_CI = os.environ.get("@@")', "DATAVERSE_API_TOKEN", "env-reference")
    f.p('ZENODO_TOKEN = "@@"', S.alnum(60), "zenodo-access-token", "zenodo")
    f.p('FIGSHARE_TOKEN = "@@"', S.hex(128), "figshare-personal-token", "figshare")
    f.t("""
        DATABASES = {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "rdp",
                "USER": "rdp",""")
    f.p('        "PASSWORD": "@@",', S.pw(), "django-database-password")
    f.t("""
                "HOST": "pg-rdp.uni.example.edu",
            }
        }""")
    f.n('EMAIL_HOST_PASSWORD = os.environ["@@"]', "EMAIL_HOST_PASSWORD", "env-reference")
    f.p('DATACITE_PASSWORD = "@@"', S.pw(1), "datacite-password", "datacite")
    f = c.file(R, "irods/irods_environment.json", "json")
    f.t("""
        {
          "irods_host": "irods.research.uni.example.edu",
          "irods_port": 1247,
          "irods_user_name": "rdp_service",
          "irods_zone_name": "uniZone",
          "irods_authentication_scheme": "native",""")
    f.n('  "irods_password": "@@",', "", "empty-value")
    f.n('  "irods_client_server_negotiation": "@@",', "request_server_negotiation", "look-alike")
    f.n('  "irods_encryption_key_size": @@,', "32", "policy-setting")
    f.t("""
          "irods_encryption_algorithm": "AES-256-CBC"
        }""")
    f = c.file(R, "ansible/group_vars/irods_servers.yml", "yaml")
    f.t("""
        irods_zone: uniZone
        irods_icat_host: icat01.research.uni.example.edu
        irods_admin_user: rods""")
    f.p("irods_admin_password: @@", S.pw(), "irods-admin-password", "irods")
    f.p("irods_zone_key: @@", S.alnum(32), "irods-zone-key", "irods")
    f.p("irods_negotiation_key: @@", S.alnum(32), "irods-negotiation-key", "irods")
    f.p("irods_server_control_plane_key: @@", S.alnum(32), "irods-control-plane-key", "irods")
    f.n("irods_db_password: @@", "!vault |", "ansible-vault-marker")
    f.t("""
                  $ANSIBLE_VAULT;1.1;AES256""")
    f.n("          @@", S.hex(64), "encrypted-value")
    f.t("""
                  """ + S.hex(64) + """
        shibboleth_entity_id: https://data.research.uni.example.edu/shibboleth""")
    extras(c, f, "yaml", 2, 3)
    f = c.file(R, "Makefile", "makefile")
    f.t("""
        .PHONY: deploy harvest

        DV_URL ?= https://dataverse.uni.example.edu""")
    f.p("DV_TOKEN ?= @@", S.uuid(), "dataverse-api-token", "dataverse")
    f.t("""

        harvest:
        \tcurl -sS -H "X-Dataverse-key: $(DV_TOKEN)" $(DV_URL)/api/dataverses/root/contents > contents.json

        deploy:""")
    f.n("\tcurl -sS -H \"X-Dataverse-key: @@\" $(DV_URL)/api/admin/index", "$(DV_TOKEN)", "env-reference")
    f.p("\tglobus login --no-local-server && globus transfer --client-secret @@ $(SRC) $(DST)", S.b64(32),
        "globus-client-secret", "globus")


REPOS = [bank_batch, insurance_rating, travel_gds, hotel_pms, logistics_tms, retail_pos, pharmacy_erx, research_portal]
