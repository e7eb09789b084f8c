// Brython's runtime without its compiler, cut from brython.js by `python -m chatkit.build.precompile`: do not edit.
// chatkit-runtime {"brython":"sha384-CrXwmltBQ+PoNy7RISkA2JZWNSKGhJcgYhpUG4z8kgYBjoxoq3rPUXhvgqhT3nqz"}
// brython.js brython.info
// version [3, 15, 0, 'final', 0]
// implementation [3, 15, 0, 'dev', 0]
// version compiled from commented, indented source files at
// github.com/brython-dev/brython
"use strict";
var __BRYTHON__=globalThis.__BRYTHON__ ||{}
try{
eval("async function* f(){}")}catch(err){console.warn("Your browser is not fully supported. If you are using "+
"Microsoft Edge, please upgrade to the latest version")}
if(! Object.hasOwn(RegExp,'escape')){RegExp.escape=function(str){return str.replace(/[/\-\\^$*+?.()|[\]{}]/g,'\\$&')}}
if(! Object.hasOwn(Set.prototype,'difference')){Set.prototype.difference=function(self,other){var res=new Set()
for(var item of self){if(! other.has(item)){res.add(item)}}
return res}}
(function($B){
$B.isWebWorker=('undefined' !==typeof WorkerGlobalScope)&&
("function"===typeof importScripts)&&
(navigator instanceof WorkerNavigator)
$B.isNode=(typeof process !=='undefined')&&(process.release.name==='node')
&&(process.__nwjs !==1)
var has_storage=typeof(Storage)!=="undefined"
if(has_storage){$B.has_local_storage=false
try{
if(localStorage){$B.local_storage=localStorage
$B.has_local_storage=true}}catch(err){}
$B.has_session_storage=false
try{
if(sessionStorage){$B.session_storage=sessionStorage
$B.has_session_storage=true}}catch(err){}}else{
$B.has_local_storage=false
$B.has_session_storage=false}
var _window=globalThis
_window.location ||={href:'',origin:'',pathname:''}
_window.navigator ||={userLanguage:''}
_window.document ||={getElementsByTagName:()=>[{src:"http://localhost/"}],
currentScript:{src:"http://localhost/"},
querySelectorAll:()=>[]}
_window.HTMLElement ||=class HTMLElement{}
_window.MutationObserver ||=function(){this.observe=()=>{};}
_window.customElements ||={define:()=>{}}
var href=_window.location.href
$B.protocol=href.split(':')[0]
$B.indexedDB=_window.indexedDB
if($B.brython_path===undefined){
var this_url
if($B.isWebWorker){this_url=_window.location.href
if(this_url.startsWith("blob:")){this_url=this_url.substr(5)}}else{
this_url=document.currentScript.src}
var elts=this_url.split('/')
elts.pop()
$B.brython_path=elts.join('/')+'/'}else{
if(! $B.brython_path.endsWith("/")){$B.brython_path+="/"}}
var parts_re=new RegExp('(.*?)://(.*?)/(.*)'),mo=parts_re.exec($B.brython_path)
if(mo){$B.full_url={protocol:mo[1],host:mo[2],address:mo[3]}
if(['http','https'].includes(mo[1])){$B.domain=mo[1]+'://'+mo[2]}}
var path=_window.location.origin+_window.location.pathname,path_elts=path.split("/")
path_elts.pop()
$B.script_dir=path_elts.join("/")
mo=parts_re.exec($B.script_dir)
if(mo){if(['http','https'].includes(mo[1])){$B.script_domain=mo[1]+'://'+mo[2]}}else{
var parts_re_root=new RegExp('(.*?)://(.*?)'),mo=parts_re_root.exec($B.script_dir)
if(mo &&['http','https'].includes(mo[1])){
$B.script_domain=$B.script_dir}}
$B.strip_host=function(url){try{
var parsed_url=new URL(url)
return parsed_url.pathname.substr(1)+parsed_url.search+
parsed_url.hash}catch{console.log(Error().stack)
throw Error("not a url: "+url)}}
var href=$B.script_path=_window.location.href.split('#')[0],href_elts=href.split('/')
href_elts.pop()
if($B.isWebWorker ||$B.isNode){href_elts.pop()}
$B.curdir=href_elts.join('/')
$B.webworkers={}
$B.file_cache={}
$B.url2name={}
$B.scripts={}
$B.import_info={}
$B.imported={}
$B.namespace=Object.create(null)
$B.precompiled={}
$B.frame_obj=null
var _b_=$B.builtins={}
$B.created_types={}
$B.NULL={null:null}
$B.get_mro=function(cls){return cls.tp_mro ?? cls.__mro__}
$B.make_mro=function(cls){
if(cls===undefined){$B.RAISE(_b_.TypeError,'unbound method type.mro() needs an argument')}
var bases=cls.tp_bases,seqs=[],pos1=0
for(var base of bases){
let bmro=[],pos=0
if(base===undefined ||
$B.get_mro(base)===undefined){if(base===undefined){console.log('no base',cls)}
if(base.ob_type===undefined){
return[_b_.object]}else{
console.log('error for base',base)
console.log('cls',cls)}}
bmro[pos++]=base
if(base.tp_mro===undefined){console.log('no tp_mro for base',base)}
var _tmp=base.tp_mro.slice()
if(_tmp){if(_tmp[0]===base){_tmp.splice(0,1)}
for(var k=0;k < _tmp.length;k++){bmro[pos++]=_tmp[k]}}
seqs[pos1++]=bmro}
seqs[pos1++]=bases.slice()
var mro=[cls],mpos=1
while(1){let non_empty=[],pos=0
for(let i=0;i < seqs.length;i++){if(seqs[i].length > 0){non_empty[pos++]=seqs[i]}}
if(non_empty.length==0){break}
let candidate
for(let i=0;i < non_empty.length;i++){let seq=non_empty[i]
candidate=seq[0]
let not_head=[],pos=0
for(let j=0;j < non_empty.length;j++){let s=non_empty[j]
if(s.slice(1).indexOf(candidate)>-1){not_head[pos++]=s}}
if(not_head.length > 0){candidate=null}else{
break}}
if(candidate===null){$B.RAISE(_b_.TypeError,"inconsistent hierarchy, no C3 MRO is possible")}
mro[mpos++]=candidate
for(let i=0;i < seqs.length;i++){let seq=seqs[i]
if(seq[0]===candidate){
seqs[i].shift()}}}
if(mro[mro.length-1]!==_b_.object){mro[mpos++]=_b_.object}
if(mro[0]!==cls){console.log('bizarre',cls,mro)}
return mro}
$B.is_type=function(obj){var klass=$B.get_class(obj)
return klass.tp_mro.includes(_b_.type)}
$B.is_bytes=function(obj){return obj?.ob_type?.tp_flags & $B.TPFLAGS.BYTES_SUBCLASS}
$B.is_dict=function(obj){return obj && obj[$B.OB_TYPE]?.tp_flags & $B.TPFLAGS.DICT_SUBCLASS}
$B.is_int=function(obj){return typeof obj=='number' ||
typeof obj=='bigint' ||
typeof obj=='boolean' ||
obj?.ob_type?.tp_flags & $B.TPFLAGS.LONG_SUBCLASS}
$B.is_list=function(obj){return obj?.ob_type?.tp_flags & $B.TPFLAGS.LIST_SUBCLASS}
$B.is_str=function(obj){return typeof obj=='string' ||
obj?.ob_type?.tp_flags & $B.TPFLAGS.UNICODE_SUBCLASS}
$B.is_tuple=function(obj){return obj?.ob_type?.tp_flags & $B.TPFLAGS.TUPLE_SUBCLASS}
$B.is_builtin_type=function(cls){return !(cls.tp_flags & $B.TPFLAGS.HEAPTYPE)}
$B.is_big_int=function(obj){return typeof $B.int_value(obj)==='bigint'}
$B.is_sequence=function(obj){var type=$B.get_class(obj)
var flags=$B.search_slot(type,'tp_flags',$B.NULL)
if(flags !==$B.NULL){return flags & $B.TPFLAGS.SEQUENCE}
return false}
$B._PyType_HasFeature=function(type,feature){return type.tp_flags & feature !=0}
$B.make_builtin_class=function(tp_name,tp_bases){if(tp_name===undefined){console.log('no tp name')
console.log(Error().stack)}
var cls={ob_type:_b_.type,ht_qualname:tp_name,tp_name,tp_bases:tp_bases ??[_b_.object],tp_base:tp_bases ? tp_bases[0]:_b_.object,tp_flags:tp_bases ? tp_bases[0].tp_flags :$B.TPFLAGS.BASETYPE,tp_subclasses:[]}
if(tp_bases){cls.tp_mro=[cls,...tp_bases,_b_.object]}else{
cls.tp_mro=[cls,_b_.object]}
$B.created_types[tp_name]=cls
return cls}
$B.make_type=function(tp_name,tp_bases){if(tp_name===undefined){console.log('no tp name')
console.log(Error().stack)}
var cls={ob_type:_b_.type,tp_name,tp_bases:tp_bases ??[_b_.object],tp_base:tp_bases ? tp_bases[0]:_b_.object}
$B.init_dict(cls)
if(tp_bases){cls.tp_mro=[cls,...tp_bases,_b_.object]}else{
cls.tp_mro=[cls,_b_.object]}
return cls}
$B.obj_dict=function(obj,exclude){return obj}
$B.set_func_names=function(klass,module){for(var attr in klass){if(typeof klass[attr]=='function'){$B.add_function_infos(klass,attr,module)}}
if($B.get_dict && $B.get_dict(klass)){$B.set_to_dict(klass,'__module__',module)}
if(klass.tp_funcs){for(var attr in klass.tp_funcs){if(typeof klass.tp_funcs[attr]=='function'){$B.add_function_infos(klass.tp_funcs,attr,module,(klass.tp_name ||'')+'.'+attr)}}}}
$B.add_function_infos=function(klass,attr,module,qualname){module=module ?? klass.__module__
qualname=qualname ?? module+'.'+attr
$B.set_function_infos(klass[attr],{__doc__:klass[attr].__doc__ ||'',__module__:module,__name__:attr,__qualname__ :qualname,__defaults__:[],__kwdefaults__:{}}
)}
$B.set_function_infos=function(f,attrs){f.$function_infos=f.$function_infos ??[]
for(var key in attrs){if($B.func_attrs[key]===undefined){throw Error('no function attribute '+key)}
f.$function_infos[$B.func_attrs[key]]=attrs[key]}}
$B.set_function_attr=function(func,attr,value){if($B.func_attrs[attr]===undefined){throw Error('no function attribute '+attr)}
func.$function_infos[$B.func_attrs[attr]]=value}
$B.builtins_scope={id:'__builtins__',module:'__builtins__',binding:{}}
$B.language=_window.navigator.userLanguage ||_window.navigator.language
$B.locale="C" 
Object.defineProperty($B,'tz_name',{configurable:true,enumerable:false,get:function(){
var date=new Date()
var short=new Intl.DateTimeFormat($B.language,{timeZoneName:'short'}).format(date)
var long=new Intl.DateTimeFormat($B.language,{timeZoneName:'long'}).format(date)
var ix=0,minlen=Math.min(short.length,long.length)
while(ix < minlen && short[ix]==long[ix]){ix++}
var name=long.substr(ix).trim()
Object.defineProperty($B,'tz_name',{value:name,writable:true,configurable:true,enumerable:false})
return name}})
$B.METH_VARARGS=0x0001
$B.METH_KEYWORDS=0x0002
$B.METH_NOARGS=0x0004
$B.METH_O=0x0008
$B.METH_CLASS=0x0010
$B.METH_STATIC=0x0020
$B.METH_COEXIST=0x0040
$B.METH_FASTCALL=0x0080
$B.METH_METHOD=0x0200
$B.TPFLAGS={STATIC_BUILTIN:1 << 1,INLINE_VALUES:1 << 2,MANAGED_WEAKREF:1 << 3,MANAGED_DICT:1 << 4,SEQUENCE:1 << 5,MAPPING:1 << 6,DISALLOW_INSTANTIATION:1 << 7,IMMUTABLETYPE:1 << 8,HEAPTYPE:1 << 9,BASETYPE:1 << 10,HAVE_VECTORCALL:1 << 11,READY:1 << 12,READYING:1 << 13,HAVE_GC:1 << 14,METHOD_DESCRIPTOR:1 << 17,IS_ABSTRACT:1 << 20,MATCH_SELF:1 << 22,ITEMS_AT_END:1 << 23,LONG_SUBCLASS:1 << 24,LIST_SUBCLASS:1 << 25,TUPLE_SUBCLASS:1 << 26,BYTES_SUBCLASS:1 << 27,UNICODE_SUBCLASS:1 << 28,DICT_SUBCLASS:1 << 29,BASE_EXC_SUBCLASS:1 << 30,TYPE_SUBCLASS:1 << 31,HAVE_FINALIZE:1 << 0,HAVE_VERSION_TAG:1 << 18}
$B.TPFLAGS.PREHEADER=$B.TPFLAGS.MANAGED_WEAKREF |$B.TPFLAGS.MANAGED_DICT
$B.PyCF_ONLY_AST=1024
$B.PyCF_TYPE_COMMENTS=0x1000
$B.CO_FUTURE_ANNOTATIONS=0x1000000
$B.PyCF_ALLOW_INCOMPLETE_INPUT=0x4000
$B.COMPILER_FLAGS={OPTIMIZED:1,NEWLOCALS:2,VARARGS:4,VARKEYWORDS:8,NESTED:16,GENERATOR:32,NOFREE:64,COROUTINE:128,ITERABLE_COROUTINE:256,ASYNC_GENERATOR:512}
var DEF_GLOBAL=1,
DEF_LOCAL=2 ,
DEF_PARAM=2 << 1,
DEF_NONLOCAL=2 << 2,
USE=2 << 3 ,
DEF_FREE=2 << 4 ,
DEF_FREE_CLASS=2 << 5,
DEF_IMPORT=2 << 6,
DEF_ANNOT=2 << 7,
DEF_COMP_ITER=2 << 8,
DEF_TYPE_PARAM=2 << 9,
DEF_COMP_CELL=2 << 10 
var DEF_BOUND=DEF_LOCAL |DEF_PARAM |DEF_IMPORT
var SCOPE_OFFSET=12,SCOPE_OFF=SCOPE_OFFSET,SCOPE_MASK=(DEF_GLOBAL |DEF_LOCAL |DEF_PARAM |DEF_NONLOCAL)
var LOCAL=1,GLOBAL_EXPLICIT=2,GLOBAL_IMPLICIT=3,FREE=4,CELL=5
var TYPE_CLASS=1,TYPE_FUNCTION=0,TYPE_MODULE=2
$B.SYMBOL_FLAGS={DEF_GLOBAL,
DEF_LOCAL,
DEF_PARAM,
DEF_NONLOCAL,
USE,
DEF_FREE,
DEF_FREE_CLASS,
DEF_IMPORT,
DEF_ANNOT,
DEF_COMP_ITER,
DEF_TYPE_PARAM,
DEF_COMP_CELL,
DEF_BOUND,SCOPE_OFFSET,SCOPE_OFF,SCOPE_MASK,LOCAL,GLOBAL_EXPLICIT,GLOBAL_IMPLICIT,FREE,CELL,TYPE_CLASS,TYPE_FUNCTION,TYPE_MODULE}
$B.TYPES={SHORT:0,INT:1,LONG:2,FLOAT:3,DOUBLE:4,STRING:5,OBJECT:6,CHAR:7,BYTE:8,UBYTE:9,USHORT:10,UINT:11,ULONG:12,STRING_INPLACE:13,BOOL:14,OBJECT_EX:16,LONGLONG:17,ULONGLONG:18,PYSSIZET:19,NONE:20}
$B.max_int=Math.pow(2,53)-1
$B.min_int=-$B.max_int
$B.int_max_str_digits=4300
$B.str_digits_check_threshold=640
$B.max_array_size=2**32-1
$B.recursion_limit=900
$B.op2method={operations:{"**":"pow","//":"floordiv","<<":"lshift",">>":"rshift","+":"add","-":"sub","*":"mul","/":"truediv","%":"mod","@":"matmul" },augmented_assigns:{"//=":"ifloordiv",">>=":"irshift","<<=":"ilshift","**=":"ipow","+=":"iadd","-=":"isub","*=":"imul","/=":"itruediv","%=":"imod","&=":"iand","|=":"ior","^=":"ixor","@=":"imatmul"},binary:{"&":"and","|":"or","~":"invert","^":"xor"},comparisons:{"<":"lt",">":"gt","<=":"le",">=":"ge","==":"eq","!=":"ne"},boolean:{"or":"or","and":"and","in":"in","not":"not","is":"is"},subset:function(){var res={},keys=[]
if(arguments[0]=="all"){keys=Object.keys($B.op2method)
keys.splice(keys.indexOf("subset"),1)}else{
for(var arg of arguments){keys.push(arg)}}
for(var key of keys){var ops=$B.op2method[key]
if(ops===undefined){throw Error(key)}
for(var attr in ops){res[attr]=ops[attr]}}
return res}}
$B.method_to_op={}
for(var category in $B.op2method){for(var op in $B.op2method[category]){var method=`__${$B.op2method[category][op]}__`
$B.method_to_op[method]=op}}
$B.OB_TYPE=Symbol('OB_TYPE')
$B.ID=Symbol('ID')
$B.INUM=Symbol('INUM')
$B.FAST_ITER=Symbol('FAST_ITER')
$B.special_string_repr={8:"\\x08",9:"\\t",10:"\\n",11:"\\x0b",12:"\\x0c",13:"\\r",92:"\\\\",160:"\\xa0"}
$B.$py_next_hash=Math.pow(2,53)-1
$B.$py_UUID=Math.floor(Math.random()*2**50)
$B.lambda_magic=Math.random().toString(36).substr(2,8)
const func_attrs=['__module__','__name__','__qualname__','__file__','__defaults__','__kwdefaults__','__doc__','arg_names','args_vararg','args_kwarg','positional_length','lineno','flags','free_vars','kwonlyargs_length','posonlyargs_length','varnames','__annotations__','__type_params__','__globals__','method_class'
]
var i=0
$B.func_attrs={}
for(var func_attr of func_attrs){$B.func_attrs[func_attr]=i++}
$B.globals=function(){
return $B.frame_obj.frame[3]}
$B.$options={}
$B.builtins_repr_check=function(builtin,args){
var $=$B.args('__repr__',1,{self:null},args)
var self=$.self
if(! $B.$isinstance(self,builtin)){var _b_=$B.builtins
$B.RAISE(_b_.TypeError,"descriptor '__repr__' requires a "+
`'${builtin.tp_name}' object but received a `+
`'${$B.class_name(self)}'`)}}
$B.update_VFS=function(scripts){$B.VFS=$B.VFS ||{}
var vfs_timestamp=scripts.$timestamp
if(vfs_timestamp !==undefined){delete scripts.$timestamp}
for(var script in scripts){if($B.VFS.hasOwnProperty(script)){console.warn("Virtual File System: duplicate entry "+script)}
$B.VFS[script]=scripts[script]
$B.VFS[script].timestamp=vfs_timestamp}
$B.stdlib_module_names=Object.keys($B.VFS)}
$B.loadBrythonPackage=function(brythonPackage){$B.use_VFS=true
$B.update_VFS(brythonPackage)}
$B.add_files=function(files){
$B.files=$B.files ||{}
for(var file in files){$B.files[file]=files[file]}}
$B.has_file=function(file){
return($B.files && $B.files.hasOwnProperty(file))}
$B.show_tokens=function(src,mode){
for(var token of $B.tokenizer(src,'<string>',mode ||'file')){console.log(token.type,$B.builtins.repr(token.string),`[${token.lineno}.${token.col_offset}-`+
`${token.end_lineno}.${token.end_col_offset}]`,token.line)}}
function from_py(src,script_id){if(! $B.options_parsed){
$B.parse_options()}
script_id=script_id ||'python_script_'+$B.UUID()
var filename=$B.script_path+'#'+script_id
$B.url2name[filename]=script_id
$B.imported[script_id]=$B.module.$factory(script_id)
var root=__BRYTHON__.py2js({src,filename},script_id,script_id,__BRYTHON__.builtins_scope)
return root.to_js()}
$B.pythonToAST=function(python_code,filename,mode){let parser=new $B.Parser(python_code,filename ?? 'test',mode ?? 'file')
return $B._PyPegen.run_parser(parser)}
$B.python_to_js=function(src,script_id){
return "(function() {\n"+from_py(src,script_id)+"\nreturn locals}())"}
$B.pythonToJS=$B.python_to_js
var fakeScript=$B.fakeScript=function(filename){this.options={}}
fakeScript.prototype.getAttribute=function(key){return this.options[key]?? null}
fakeScript.prototype.dispatchEvent=function(){}
$B.runPythonSource=function(src,options){var script_id
if(options){if(typeof options=='string'){script_id=options}else if(options.constructor===Object){if(options.hasOwnProperty('id')){script_id=options.id
delete options.id}}else{
console.debug('invalid options argument:',options)}}
var script=new fakeScript(),url=$B.script_path=globalThis.location.href.split('#')[0]
if(options){for(var[key,value]of Object.entries(options)){script.options[key]=value}}
script_id=script_id ?? 'python_script_'+$B.UUID()
$B.run_script(script,src,script_id,url,true)
return $B.imported[script_id]}
$B.getPythonModule=function(name){return $B.imported[name]}
$B.importPythonModule=function(name,options){return $B.runPythonSource('import '+name,options)}
$B.importModule=function(name,options){if(! $B.imported.hasOwnProperty(name)){$B.runPythonSource('import '+name,options)}
return $B.imported[name]}})(__BRYTHON__);
;

(function($B){var _b_=$B.builtins
$B.builtin_types={}
function init_type(ns,name,data){var cls=ns[name]={}
for(var i=0,len=slots.length;i < len;i++){cls[slots[i]]=data[i]}
$B.builtin_types[name]=cls
if(cls.tp_flags & $B.TPFLAGS.HEAPTYPE){cls.ht_qualname=name}}
var slots=["tp_name","tp_basicsize","tp_itemsize","tp_flags","tp_weakrefoffset","tp_base","tp_dictoffset","tp_doc","tp_bases"
]
init_type(_b_,"object",["object",16,0,5378,0,$B.NULL,0,`The base class of the class hierarchy.
When called, it accepts no arguments and returns a new featureless
instance that has no instance attributes and cannot be given any.
`,[],])
init_type(_b_,"BaseException",["BaseException",72,0,1073763586,0,_b_.object,16,`Common base class for all exceptions`,[_b_.object],])
init_type(_b_,"bytearray",["bytearray",64,0,4199682,0,_b_.object,0,`bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array
Construct a mutable bytearray object from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - a bytes or a buffer object
  - any object implementing the buffer API.
  - an integer`,[_b_.object],])
init_type(_b_,"bytes",["bytes",33,1,138417410,0,_b_.object,0,`bytes(iterable_of_ints) -> bytes
bytes(string, encoding[, errors]) -> bytes
bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer
bytes(int) -> bytes object of size given by the parameter initialized with null bytes
bytes() -> empty bytes object
Construct an immutable array of bytes from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - any object implementing the buffer API.
  - an integer`,[_b_.object],])
init_type(_b_,"classmethod",["classmethod",32,0,21762,0,_b_.object,24,`Convert a function to be a class method.
A class method receives the class as implicit first argument,
just like an instance method receives the instance.
To declare a class method, use this idiom:
  class C:
      @classmethod
      def f(cls, arg1, arg2, argN):
          ...
It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()).  The instance is ignored except for its class.
If a class method is called for a derived class, the derived class
object is passed as the implied first argument.
Class methods are different than C++ or Java static methods.
If you want those, see the staticmethod builtin.`,[_b_.object],])
init_type(_b_,"complex",["complex",32,0,5378,0,_b_.object,0,`Create a complex number from a string or numbers.
If a string is given, parse it as a complex number.
If a single number is given, convert it to a complex number.
If the 'real' or 'imag' arguments are given, create a complex number
with the specified real and imaginary components.`,[_b_.object],])
init_type(_b_,"dict",["dict",48,0,541087042,0,_b_.object,0,`dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)`,[_b_.object],])
init_type(_b_,"enumerate",["enumerate",56,0,21762,0,_b_.object,0,`Return an enumerate object.
  iterable
    an object supporting iteration
The enumerate object yields pairs containing a count (from start, which
defaults to zero) and a value yielded by the iterable argument.
enumerate is useful for obtaining an indexed list:
    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...`,[_b_.object],])
init_type(_b_,"filter",["filter",32,0,21762,0,_b_.object,0,`Return an iterator yielding those items of iterable for which
function(item) is true.  If function is None, return the items that
are true.`,[_b_.object],])
init_type(_b_,"float",["float",24,0,4199682,0,_b_.object,0,`Convert a string or number to a floating-point number, if possible.`,[_b_.object],])
init_type(_b_,"frozendict",["frozendict",56,0,4216130,0,_b_.object,0,`dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)`,[_b_.object],])
init_type(_b_,"frozenset",["frozenset",200,0,4216066,192,_b_.object,0,`Build an immutable unordered collection of unique elements.`,[_b_.object],])
init_type(_b_,"int",["int",24,4,20976898,0,_b_.object,0,`int([x]) -> integer
int(x, base=10) -> integer
Convert a number or string to an integer, or return 0 if no arguments
are given.  If x is a number, return x.__int__().  For floating-point
numbers, this truncates towards zero.
If x is not a number or if base is given, then x must be a string,
bytes, or bytearray instance representing an integer literal in the
given base.  The literal can be preceded by '+' or '-' and be surrounded
by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.
Base 0 means to interpret the base from the string as an integer
iteral.
>>> int('0b100', base=0)
4`,[_b_.object],])
init_type(_b_,"list",["list",40,0,37770530,0,_b_.object,0,`Built-in mutable sequence.
If no argument is given, the constructor creates a new empty list.
The argument must be an iterable if specified.`,[_b_.object],])
init_type(_b_,"map",["map",40,0,21762,0,_b_.object,0,`Make an iterator that computes the function using arguments from
each of the iterables.  Stops when the shortest iterable is exhausted.
If strict is true and one of the arguments is exhausted before the
others, raise a ValueError.`,[_b_.object],])
init_type(_b_,"memoryview",["memoryview",144,8,20770,136,_b_.object,0,`Create a new memoryview object which references the given object.`,[_b_.object],])
init_type(_b_,"property",["property",64,0,21762,0,_b_.object,0,`Property attribute.
  fget
    function to be used for getting an attribute value
  fset
    function to be used for setting an attribute value
  fdel
    function to be used for del'ing an attribute
  doc
    docstring
Typical use is to define a managed attribute x:
class C(object):
    def getx(self): return self._x
    def setx(self, value): self._x = value
    def delx(self): del self._x
    x = property(getx, setx, delx, "I'm the 'x' property.")
Decorators make defining new properties or modifying existing ones easy:
class C(object):
    @property
    def x(self):
        "I am the 'x' property."
        return self._x
    @x.setter
    def x(self, value):
        self._x = value
    @x.deleter
    def x(self):
        del self._x`,[_b_.object],])
init_type(_b_,"range",["range",48,0,4386,0,_b_.object,0,`range(stop) -> range object
range(start, stop[, step]) -> range object
Return an object that produces a sequence of integers from start (inclusive)
to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.
start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.
These are exactly the valid indices for a list of 4 elements.
When step is given, it specifies the increment (or decrement).`,[_b_.object],])
init_type(_b_,"reversed",["reversed",32,0,21762,0,_b_.object,0,`Return a reverse iterator over the values of the given sequence.`,[_b_.object],])
init_type(_b_,"sentinel",["sentinel",40,0,20738,0,_b_.object,0,`Create a unique sentinel object with the given name.`,[_b_.object],])
init_type(_b_,"set",["set",200,0,4216066,192,_b_.object,0,`Build an unordered collection of unique elements.`,[_b_.object],])
init_type(_b_,"slice",["slice",40,0,20738,0,_b_.object,0,`slice(stop)
slice(start, stop[, step])
Create a slice object.
This is used for extended slicing (e.g. a[0:10:2]).`,[_b_.object],])
init_type(_b_,"staticmethod",["staticmethod",32,0,21762,0,_b_.object,24,`Convert a function to be a static method.
A static method does not receive an implicit first argument.
To declare a static method, use this idiom:
     class C:
         @staticmethod
         def f(arg1, arg2, argN):
             ...
It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()). Both the class and the instance are ignored, and
neither is passed implicitly as the first argument to the method.
Static methods in Python are similar to those found in Java or C++.
For a more advanced concept, see the classmethod builtin.`,[_b_.object],])
init_type(_b_,"str",["str",64,0,272635138,0,_b_.object,0,`str(object='') -> str
str(bytes_or_buffer[, encoding[, errors]]) -> str
Create a new string object from the given object. If encoding or
errors is specified, then the object must expose a data buffer
that will be decoded using the given encoding and error handler.
Otherwise, returns the result of object.__str__() (if defined)
or repr(object).
encoding defaults to 'utf-8'.
errors defaults to 'strict'.`,[_b_.object],])
init_type(_b_,"super",["super",40,0,21762,0,_b_.object,0,`super() -> same as super(__class__, <first argument>)
super(type) -> unbound super object
super(type, obj) -> bound super object; requires isinstance(obj, type)
super(type, type2) -> bound super object; requires
    issubclass(type2, type)
Typical use to call a cooperative superclass method:
class C(B):
    def meth(self, arg):
        super().meth(arg)
This works for class methods too:
class C(B):
    @classmethod
    def cmeth(cls, arg):
        super().cmeth(arg)
`,[_b_.object],])
init_type(_b_,"tuple",["tuple",32,8,71324962,0,_b_.object,0,`Built-in immutable sequence.
If no argument is given, the constructor returns an empty tuple.
If iterable is specified the tuple is initialized from iterable's items.
If the argument is a tuple, the return value is the same object.`,[_b_.object],])
init_type(_b_,"type",["type",944,40,2155896066,368,_b_.object,264,`type(object) -> the object's type
type(name, bases, dict, **kwds) -> a new type`,[_b_.object],])
init_type(_b_,"zip",["zip",48,0,21762,0,_b_.object,0,`The zip object yields n-length tuples, where n is the number of
iterables passed as positional arguments to zip().  The i-th element
in every tuple comes from the i-th iterable argument to zip().  This
continues until the shortest argument is exhausted.
If strict is true and one of the arguments is exhausted before the
others, raise a ValueError.
   >>> list(zip('abcdefg', range(3), range(4)))
   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]`,[_b_.object],])
init_type($B,"EncodingMap",["EncodingMap",64,0,4482,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"FrameLocalsProxy",["FrameLocalsProxy",24,0,20802,0,_b_.object,0,`Create a write-through view of the locals dictionary for a frame.
  frame
    the frame object to wrap.`,[_b_.object],])
init_type($B,"Generic",["Generic",16,0,5504,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"GenericAlias",["GenericAlias",24,0,5504,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"InstructionSequence",["InstructionSequence",72,0,20738,0,_b_.object,0,`InstructionSequenceType()
--
Create a new InstructionSequence object.`,[_b_.object],])
init_type($B,"MethClass",["MethClass",16,0,4352,0,_b_.object,0,`Class with class methods to test calling conventions`,[_b_.object],])
init_type($B,"MethInstance",["MethInstance",16,0,4352,0,_b_.object,0,`Class with normal (instance) methods to test calling conventions`,[_b_.object],])
init_type($B,"MethStatic",["MethStatic",16,0,4352,0,_b_.object,0,`Class with static methods to test calling conventions`,[_b_.object],])
init_type($B,"MethodDescriptorBase",["MethodDescriptorBase",24,0,138496,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"NoDefaultType",["NoDefaultType",16,0,4354,0,_b_.object,0,`The type of the NoDefault singleton.`,[_b_.object],])
init_type($B,"NoneType",["NoneType",16,0,4354,0,_b_.object,0,`The type of the None singleton.`,[_b_.object],])
init_type($B,"NotImplementedType",["NotImplementedType",16,0,4354,0,_b_.object,0,`The type of the NotImplemented singleton.`,[_b_.object],])
init_type($B,"PyCapsule",["PyCapsule",64,0,20866,0,_b_.object,0,`Capsule objects let you wrap a C "void *" pointer in a Python
object.  They're a way of passing data through the Python interpreter
without creating your own custom type.
Capsules are used for communication between extension modules.
They provide a way for an extension module to export a C interface
to other extension modules, so that extension modules can use the
Python import mechanism to link to one another.
`,[_b_.object],])
init_type($B,"_buffer_wrapper",["_buffer_wrapper",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"anext_awaitable",["anext_awaitable",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"async_generator",["async_generator",152,8,20866,16,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"async_generator_asend",["async_generator_asend",40,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"async_generator_athrow",["async_generator_athrow",56,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"async_generator_wrapped_value",["async_generator_wrapped_value",24,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"awaitType",["awaitType",24,0,4352,0,_b_.object,0,`C level type with tp_as_async`,[_b_.object],])
init_type($B,"builtin_function_or_method",["builtin_function_or_method",56,0,22914,40,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"bytearray_iterator",["bytearray_iterator",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"bytes_iterator",["bytes_iterator",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"callable_iterator",["callable_iterator",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"cell",["cell",24,0,20738,0,_b_.object,0,`Create a new cell object.
  contents
    the contents of the cell. If not specified, the cell will be empty,
    and 
 further attempts to access its cell_contents attribute will
    raise a ValueError.`,[_b_.object],])
init_type($B,"classmethod_descriptor",["classmethod_descriptor",56,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"code",["code",208,2,4354,144,_b_.object,0,`Create a code object.  Not for the faint of heart.`,[_b_.object],])
init_type($B,"coroutine",["coroutine",152,8,20866,16,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"coroutine_wrapper",["coroutine_wrapper",24,0,20866,0,_b_.object,0,`A wrapper object implementing __await__ for coroutines.`,[_b_.object],])
init_type($B,"dict_itemiterator",["dict_itemiterator",56,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"dict_items",["dict_items",24,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"dict_keyiterator",["dict_keyiterator",56,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"dict_keys",["dict_keys",24,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"dict_reverseitemiterator",["dict_reverseitemiterator",56,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"dict_reversekeyiterator",["dict_reversekeyiterator",56,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"dict_reversevalueiterator",["dict_reversevalueiterator",56,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"dict_valueiterator",["dict_valueiterator",56,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"dict_values",["dict_values",24,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"ellipsis",["ellipsis",16,0,4354,0,_b_.object,0,`The type of the Ellipsis singleton.`,[_b_.object],])
init_type($B,"fieldnameiterator",["fieldnameiterator",56,0,4482,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"formatteriterator",["formatteriterator",48,0,4482,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"frame",["frame",152,8,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"function",["function",152,0,153858,96,_b_.object,88,`Create a function object.
  code
    a code object
  globals
    the globals dictionary
  name
    a string that overrides the name from the code object
  argdefs
    a tuple that specifies the default argument values
  closure
    a tuple that supplies the bindings for free variables
  kwdefaults
    a dictionary that specifies the default keyword argument values`,[_b_.object],])
init_type($B,"generator",["generator",152,8,20866,16,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"generic_alias_iterator",["generic_alias_iterator",24,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"getset_descriptor",["getset_descriptor",48,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"hamt",["hamt",40,0,20738,24,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"hamt_array_node",["hamt_array_node",280,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"hamt_bitmap_node",["hamt_bitmap_node",32,8,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"hamt_collision_node",["hamt_collision_node",32,8,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"hashinheritancetester",["hashinheritancetester",16,0,4352,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"instancemethod",["instancemethod",24,0,20738,0,_b_.object,0,`Bind a function to a class.`,[_b_.object],])
init_type($B,"ipowType",["ipowType",16,0,4352,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"items",["items",168,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"iterator",["iterator",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"keys",["keys",168,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"lazy_import",["lazy_import",56,0,20866,0,_b_.object,0,`Represents a lazy import that will be resolved on first use.
Instances of this object accessed from the global scope will be
automatically imported based upon their name and then replaced with
the imported value.`,[_b_.object],])
init_type($B,"line_iterator",["line_iterator",64,0,5506,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"list_iterator",["list_iterator",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"list_reverseiterator",["list_reverseiterator",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"longrange_iterator",["longrange_iterator",40,0,4482,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"managedbuffer",["managedbuffer",112,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"mappingproxy",["mappingproxy",24,0,20802,0,_b_.object,0,`Read-only proxy of a mapping.`,[_b_.object],])
init_type($B,"matmulType",["matmulType",16,0,4352,0,_b_.object,0,`C level type with matrix operations defined`,[_b_.object],])
init_type($B,"member_descriptor",["member_descriptor",48,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"memory_iterator",["memory_iterator",48,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"method",["method",48,0,22786,32,_b_.object,0,`Create a bound instance method object.`,[_b_.object],])
init_type($B,"method_wrapper",["method-wrapper",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"method_descriptor",["method_descriptor",56,0,153986,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"module",["module",104,0,21762,32,_b_.object,16,`Create a module object.
The name must be a string; the optional doc argument can have any type.`,[_b_.object],])
init_type($B,"moduledef",["moduledef",104,0,4482,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"odict_iterator",["odict_iterator",64,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"positions_iterator",["positions_iterator",80,0,5506,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"range_iterator",["range_iterator",32,0,4482,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"set_iterator",["set_iterator",48,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"stderrprinter",["stderrprinter",24,0,4482,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"str_ascii_iterator",["str_ascii_iterator",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"str_iterator",["str_iterator",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"symtable_entry",["symtable entry",152,0,4482,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"testBufType",["testBufType",32,0,20736,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"test_structmembersType_OldAPI",["test_structmembersType_OldAPI",96,0,4352,0,_b_.object,0,`Type containing all structmember types`,[_b_.object],])
init_type($B,"traceback",["traceback",40,0,20738,0,_b_.object,0,`Create a new traceback object.`,[_b_.object],])
init_type($B,"tuple_iterator",["tuple_iterator",32,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"uop_executor",["uop_executor",104,1,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"values",["values",168,0,20866,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type($B,"wrapper_descriptor",["wrapper_descriptor",56,0,151938,0,_b_.object,0,$B.NULL,[_b_.object],])
init_type(_b_,"BaseExceptionGroup",["BaseExceptionGroup",96,0,1073763586,0,_b_.BaseException,16,`A combination of multiple unrelated exceptions.`,[_b_.BaseException],])
init_type(_b_,"Exception",["Exception",72,0,1073763586,0,_b_.BaseException,16,`Common base class for all non-exit exceptions.`,[_b_.BaseException],])
init_type(_b_,"GeneratorExit",["GeneratorExit",72,0,1073763586,0,_b_.BaseException,16,`Request that a generator exit.`,[_b_.BaseException],])
init_type(_b_,"KeyboardInterrupt",["KeyboardInterrupt",72,0,1073763586,0,_b_.BaseException,16,`Program interrupted by user.`,[_b_.BaseException],])
init_type(_b_,"SystemExit",["SystemExit",80,0,1073763586,0,_b_.BaseException,16,`Request to exit from the interpreter.`,[_b_.BaseException],])
init_type(_b_,"bool",["bool",24,4,20975874,0,_b_.int,0,`Returns True when the argument is true, False otherwise.
The builtins True and False are the only two instances of the class bool.
The class bool is a subclass of the class int, and cannot be subclassed.`,[_b_.int],])
init_type($B,"MethodDescriptor2",["MethodDescriptor2",32,0,138496,0,$B.MethodDescriptorBase,0,$B.NULL,[$B.MethodDescriptorBase],])
init_type($B,"MethodDescriptorDerived",["MethodDescriptorDerived",24,0,138496,0,$B.MethodDescriptorBase,0,$B.NULL,[$B.MethodDescriptorBase],])
init_type($B,"MethodDescriptorNopGet",["MethodDescriptorNopGet",24,0,5376,0,$B.MethodDescriptorBase,0,$B.NULL,[$B.MethodDescriptorBase],])
init_type($B,"MyList",["MyList",48,0,37770528,0,_b_.list,0,$B.NULL,[_b_.list],])
init_type($B,"UnraisableHookArgs",["UnraisableHookArgs",32,8,71323938,0,_b_.tuple,0,`UnraisableHookArgs
Type used to pass arguments to sys.unraisablehook.`,[_b_.tuple],])
init_type($B,"asyncgen_hooks",["asyncgen_hooks",32,8,71323938,0,_b_.tuple,0,`asyncgen_hooks
A named tuple providing information about asynchronous
generators hooks.  The attributes are read only.`,[_b_.tuple],])
init_type($B,"builtin_method",["builtin_method",64,0,22786,40,$B.builtin_function_or_method,0,$B.NULL,[$B.builtin_function_or_method],])
init_type($B,"odict_items",["odict_items",24,0,20738,0,$B.dict_items,0,$B.NULL,[$B.dict_items],])
init_type($B,"odict_keys",["odict_keys",24,0,20738,0,$B.dict_keys,0,$B.NULL,[$B.dict_keys],])
init_type($B,"odict_values",["odict_values",24,0,20738,0,$B.dict_values,0,$B.NULL,[$B.dict_values],])
init_type(_b_,"ArithmeticError",["ArithmeticError",72,0,1073763586,0,_b_.Exception,16,`Base class for arithmetic errors.`,[_b_.Exception],])
init_type(_b_,"AssertionError",["AssertionError",72,0,1073763586,0,_b_.Exception,16,`Assertion failed.`,[_b_.Exception],])
init_type(_b_,"AttributeError",["AttributeError",88,0,1073763586,0,_b_.Exception,16,`Attribute not found.`,[_b_.Exception],])
init_type(_b_,"BufferError",["BufferError",72,0,1073763586,0,_b_.Exception,16,`Buffer error.`,[_b_.Exception],])
init_type(_b_,"EOFError",["EOFError",72,0,1073763586,0,_b_.Exception,16,`Read beyond end of file.`,[_b_.Exception],])
init_type(_b_,"ExceptionGroup",["ExceptionGroup",96,0,1073763848,-32,_b_.BaseExceptionGroup,16,$B.NULL,[_b_.BaseExceptionGroup,_b_.Exception],])
init_type(_b_,"ImportError",["ImportError",104,0,1073763586,0,_b_.Exception,16,`Import can't find module, or can't find name in module.`,[_b_.Exception],])
init_type(_b_,"LookupError",["LookupError",72,0,1073763586,0,_b_.Exception,16,`Base class for lookup errors.`,[_b_.Exception],])
init_type(_b_,"MemoryError",["MemoryError",72,0,1073763586,0,_b_.Exception,16,`Out of memory.`,[_b_.Exception],])
init_type(_b_,"NameError",["NameError",80,0,1073763586,0,_b_.Exception,16,`Name not found globally.`,[_b_.Exception],])
init_type(_b_,"OSError",["OSError",120,0,1073763586,0,_b_.Exception,16,`Base class for I/O related errors.`,[_b_.Exception],])
init_type(_b_,"ReferenceError",["ReferenceError",72,0,1073763586,0,_b_.Exception,16,`Weak ref proxy used after referent went away.`,[_b_.Exception],])
init_type(_b_,"RuntimeError",["RuntimeError",72,0,1073763586,0,_b_.Exception,16,`Unspecified run-time error.`,[_b_.Exception],])
init_type(_b_,"StopAsyncIteration",["StopAsyncIteration",72,0,1073763586,0,_b_.Exception,16,`Signal the end from iterator.__anext__().`,[_b_.Exception],])
init_type(_b_,"StopIteration",["StopIteration",80,0,1073763586,0,_b_.Exception,16,`Signal the end from iterator.__next__().`,[_b_.Exception],])
init_type(_b_,"SyntaxError",["SyntaxError",144,0,1073763586,0,_b_.Exception,16,`Invalid syntax.`,[_b_.Exception],])
init_type(_b_,"SystemError",["SystemError",72,0,1073763586,0,_b_.Exception,16,`Internal error in the Python interpreter.
Please report this to the Python maintainer, along with the traceback,
the Python version, and the hardware/OS platform and version.`,[_b_.Exception],])
init_type(_b_,"TypeError",["TypeError",72,0,1073763586,0,_b_.Exception,16,`Inappropriate argument type.`,[_b_.Exception],])
init_type(_b_,"ValueError",["ValueError",72,0,1073763586,0,_b_.Exception,16,`Inappropriate argument value (of correct type).`,[_b_.Exception],])
init_type(_b_,"Warning",["Warning",72,0,1073763586,0,_b_.Exception,16,`Base class for warning categories.`,[_b_.Exception],])
init_type($B,"RecursingInfinitelyError",["RecursingInfinitelyError",72,0,1073763584,0,_b_.Exception,16,`Instantiating this exception starts infinite recursion.`,[_b_.Exception],])
init_type(_b_,"BlockingIOError",["BlockingIOError",120,0,1073763586,0,_b_.OSError,16,`I/O operation would block.`,[_b_.OSError],])
init_type(_b_,"BytesWarning",["BytesWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about bytes and buffer related problems, mostly
related to conversion from str or comparing to str.`,[_b_.Warning],])
init_type(_b_,"ChildProcessError",["ChildProcessError",120,0,1073763586,0,_b_.OSError,16,`Child process error.`,[_b_.OSError],])
init_type(_b_,"ConnectionError",["ConnectionError",120,0,1073763586,0,_b_.OSError,16,`Connection error.`,[_b_.OSError],])
init_type(_b_,"DeprecationWarning",["DeprecationWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about deprecated features.`,[_b_.Warning],])
init_type(_b_,"EncodingWarning",["EncodingWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about encodings.`,[_b_.Warning],])
init_type(_b_,"FileExistsError",["FileExistsError",120,0,1073763586,0,_b_.OSError,16,`File already exists.`,[_b_.OSError],])
init_type(_b_,"FileNotFoundError",["FileNotFoundError",120,0,1073763586,0,_b_.OSError,16,`File not found.`,[_b_.OSError],])
init_type(_b_,"FloatingPointError",["FloatingPointError",72,0,1073763586,0,_b_.ArithmeticError,16,`Floating-point operation failed.`,[_b_.ArithmeticError],])
init_type(_b_,"FutureWarning",["FutureWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about constructs that will change semantically
in the future.`,[_b_.Warning],])
init_type(_b_,"ImportCycleError",["ImportCycleError",104,0,1073763586,0,_b_.ImportError,16,`Import produces a cycle.`,[_b_.ImportError],])
init_type(_b_,"ImportWarning",["ImportWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about probable mistakes in module imports`,[_b_.Warning],])
init_type(_b_,"IndentationError",["IndentationError",144,0,1073763586,0,_b_.SyntaxError,16,`Improper indentation.`,[_b_.SyntaxError],])
init_type(_b_,"IndexError",["IndexError",72,0,1073763586,0,_b_.LookupError,16,`Sequence index out of range.`,[_b_.LookupError],])
init_type(_b_,"InterruptedError",["InterruptedError",120,0,1073763586,0,_b_.OSError,16,`Interrupted by signal.`,[_b_.OSError],])
init_type(_b_,"IsADirectoryError",["IsADirectoryError",120,0,1073763586,0,_b_.OSError,16,`Operation doesn't work on directories.`,[_b_.OSError],])
init_type(_b_,"KeyError",["KeyError",72,0,1073763586,0,_b_.LookupError,16,`Mapping key not found.`,[_b_.LookupError],])
init_type(_b_,"ModuleNotFoundError",["ModuleNotFoundError",104,0,1073763586,0,_b_.ImportError,16,`Module not found.`,[_b_.ImportError],])
init_type(_b_,"NotADirectoryError",["NotADirectoryError",120,0,1073763586,0,_b_.OSError,16,`Operation only works on directories.`,[_b_.OSError],])
init_type(_b_,"NotImplementedError",["NotImplementedError",72,0,1073763586,0,_b_.RuntimeError,16,`Method or function hasn't been implemented yet.`,[_b_.RuntimeError],])
init_type(_b_,"OverflowError",["OverflowError",72,0,1073763586,0,_b_.ArithmeticError,16,`Result too large to be represented.`,[_b_.ArithmeticError],])
init_type(_b_,"PendingDeprecationWarning",["PendingDeprecationWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about features which will be deprecated
in the future.`,[_b_.Warning],])
init_type(_b_,"PermissionError",["PermissionError",120,0,1073763586,0,_b_.OSError,16,`Not enough permissions.`,[_b_.OSError],])
init_type(_b_,"ProcessLookupError",["ProcessLookupError",120,0,1073763586,0,_b_.OSError,16,`Process not found.`,[_b_.OSError],])
init_type(_b_,"PythonFinalizationError",["PythonFinalizationError",72,0,1073763586,0,_b_.RuntimeError,16,`Operation blocked during Python finalization.`,[_b_.RuntimeError],])
init_type(_b_,"RecursionError",["RecursionError",72,0,1073763586,0,_b_.RuntimeError,16,`Recursion limit exceeded.`,[_b_.RuntimeError],])
init_type(_b_,"ResourceWarning",["ResourceWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about resource usage.`,[_b_.Warning],])
init_type(_b_,"RuntimeWarning",["RuntimeWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about dubious runtime behavior.`,[_b_.Warning],])
init_type(_b_,"SyntaxWarning",["SyntaxWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about dubious syntax.`,[_b_.Warning],])
init_type(_b_,"TimeoutError",["TimeoutError",120,0,1073763586,0,_b_.OSError,16,`Timeout expired.`,[_b_.OSError],])
init_type(_b_,"UnboundLocalError",["UnboundLocalError",80,0,1073763586,0,_b_.NameError,16,`Local name referenced but not bound to a value.`,[_b_.NameError],])
init_type(_b_,"UnicodeError",["UnicodeError",72,0,1073763586,0,_b_.ValueError,16,`Unicode related error.`,[_b_.ValueError],])
init_type(_b_,"UnicodeWarning",["UnicodeWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings about Unicode related problems, mostly
related to conversion problems.`,[_b_.Warning],])
init_type(_b_,"UserWarning",["UserWarning",72,0,1073763586,0,_b_.Warning,16,`Base class for warnings generated by user code.`,[_b_.Warning],])
init_type(_b_,"ZeroDivisionError",["ZeroDivisionError",72,0,1073763586,0,_b_.ArithmeticError,16,`Second argument to a division or modulo operation was zero.`,[_b_.ArithmeticError],])
init_type(_b_,"_IncompleteInputError",["_IncompleteInputError",144,0,1073763586,0,_b_.SyntaxError,16,`incomplete input.`,[_b_.SyntaxError],])
init_type(_b_,"BrokenPipeError",["BrokenPipeError",120,0,1073763586,0,_b_.ConnectionError,16,`Broken pipe.`,[_b_.ConnectionError],])
init_type(_b_,"ConnectionAbortedError",["ConnectionAbortedError",120,0,1073763586,0,_b_.ConnectionError,16,`Connection aborted.`,[_b_.ConnectionError],])
init_type(_b_,"ConnectionRefusedError",["ConnectionRefusedError",120,0,1073763586,0,_b_.ConnectionError,16,`Connection refused.`,[_b_.ConnectionError],])
init_type(_b_,"ConnectionResetError",["ConnectionResetError",120,0,1073763586,0,_b_.ConnectionError,16,`Connection reset.`,[_b_.ConnectionError],])
init_type(_b_,"TabError",["TabError",144,0,1073763586,0,_b_.IndentationError,16,`Improper mixture of spaces and tabs.`,[_b_.IndentationError],])
init_type(_b_,"UnicodeDecodeError",["UnicodeDecodeError",112,0,1073763586,0,_b_.UnicodeError,16,`Unicode decoding error.`,[_b_.UnicodeError],])
init_type(_b_,"UnicodeEncodeError",["UnicodeEncodeError",112,0,1073763586,0,_b_.UnicodeError,16,`Unicode encoding error.`,[_b_.UnicodeError],])
init_type(_b_,"UnicodeTranslateError",["UnicodeTranslateError",112,0,1073763586,0,_b_.UnicodeError,16,`Unicode translation error.`,[_b_.UnicodeError],])
for(var name in $B.builtin_types){var cls=$B.builtin_types[name]
cls.ob_type=_b_.type
cls.tp_mro=$B.make_mro(cls)}
$B.builtin_funcs=['__build_class__','__import__','__lazy_import__','abs','aiter','all','anext','any','ascii','bin','breakpoint','callable','chr','compile','delattr','dir','divmod','eval','exec','format','getattr','globals','hasattr','hash','hex','id','input','isinstance','issubclass','iter','len','locals','max','min','next','oct','open','ord','pow','print','repr','round','setattr','sorted','sum','vars']})(__BRYTHON__)
;
__BRYTHON__.stdlib = {}

var $B=__BRYTHON__
$B.unicode={"No_digits":[178,179,185,[4969,9],6618,8304,[8308,6],[8320,10],[9312,9],[9332,9],[9352,9],9450,[9461,9],9471,[10102,9],[10112,9],[10122,9],[68160,4],[69216,9],[69714,9],[127232,11]],"Lo_numeric":[13317,13443,14378,15181,19968,19971,19975,19977,20004,20061,20108,20116,20118,20140,20159,20160,20191,20200,20237,20336,20457,20486,20740,20806,[20841,3,2],21313,[21315,3],21324,[21441,4],22235,22769,22777,24186,24318,24319,[24332,3],24336,25296,25342,25420,26578,27934,28422,29590,30334,30357,31213,32902,33836,36014,36019,36144,37390,38057,38433,38470,38476,38520,38646,63851,63859,63864,63922,63953,63955,63997,73784,73785,73849,74278,74283,74507,74509,74649,131073,131172,131298,131361,133418,133507,133516,133532,133866,133885,133913,140176,141720,146203,156269,194704]}
$B.digits_starts=[48,1632,1776,1984,2406,2534,2662,2790,2918,3046,3174,3302,3430,3558,3664,3792,3872,4160,4240,6112,6160,6470,6608,6784,6800,6992,7088,7232,7248,42528,43216,43264,43472,43504,43600,44016,65296,66720,68912,68928,69734,69872,69942,70096,70384,70736,70864,71248,71360,71376,71386,71472,71904,72016,72688,72784,73040,73120,73184,73552,90416,92768,92864,93008,93552,118000,120782,120792,120802,120812,120822,123200,123632,124144,124401,125264,130032]
$B.unicode_casefold={223:[115,115],304:[105,775],329:[700,110],496:[106,780],912:[953,776,769],944:[965,776,769],1415:[1381,1410],7830:[104,817],7831:[116,776],7832:[119,778],7833:[121,778],7834:[97,702],7838:[223],8016:[965,787],8018:[965,787,768],8020:[965,787,769],8022:[965,787,834],8064:[7936,953],8065:[7937,953],8066:[7938,953],8067:[7939,953],8068:[7940,953],8069:[7941,953],8070:[7942,953],8071:[7943,953],8072:[8064],8073:[8065],8074:[8066],8075:[8067],8076:[8068],8077:[8069],8078:[8070],8079:[8071],8080:[7968,953],8081:[7969,953],8082:[7970,953],8083:[7971,953],8084:[7972,953],8085:[7973,953],8086:[7974,953],8087:[7975,953],8088:[8080],8089:[8081],8090:[8082],8091:[8083],8092:[8084],8093:[8085],8094:[8086],8095:[8087],8096:[8032,953],8097:[8033,953],8098:[8034,953],8099:[8035,953],8100:[8036,953],8101:[8037,953],8102:[8038,953],8103:[8039,953],8104:[8096],8105:[8097],8106:[8098],8107:[8099],8108:[8100],8109:[8101],8110:[8102],8111:[8103],8114:[8048,953],8115:[945,953],8116:[940,953],8118:[945,834],8119:[945,834,953],8124:[8115],8130:[8052,953],8131:[951,953],8132:[942,953],8134:[951,834],8135:[951,834,953],8140:[8131],8146:[953,776,768],8147:[912],8150:[953,834],8151:[953,776,834],8162:[965,776,768],8163:[944],8164:[961,787],8166:[965,834],8167:[965,776,834],8178:[8060,953],8179:[969,953],8180:[974,953],8182:[969,834],8183:[969,834,953],8188:[8179],64256:[102,102],64257:[102,105],64258:[102,108],64259:[102,102,105],64260:[102,102,108],64261:[64262],64262:[115,116],64275:[1396,1398],64276:[1396,1381],64277:[1396,1387],64278:[1406,1398],64279:[1396,1389],122773:[223]}
$B.unicode_bidi_whitespace=[9,10,11,12,13,28,29,30,31,32,133,5760,8192,8193,8194,8195,8196,8197,8198,8199,8200,8201,8202,8232,8233,8287,12288]
$B.unicode_titles={"\u01c5":"\u01c5","\u01c6":"\u01c5","\u01c4":"\u01c5","\u01c8":"\u01c8","\u01c9":"\u01c8","\u01c7":"\u01c8","\u01cb":"\u01cb","\u01cc":"\u01cb","\u01ca":"\u01cb","\u01f2":"\u01f2","\u01f3":"\u01f2","\u01f1":"\u01f2","\u1f88":"\u1f88","\u1f80":"\u1f88","\u1f08\u0399":"\u1f88","\u1f89":"\u1f89","\u1f81":"\u1f89","\u1f09\u0399":"\u1f89","\u1f8a":"\u1f8a","\u1f82":"\u1f8a","\u1f0a\u0399":"\u1f8a","\u1f8b":"\u1f8b","\u1f83":"\u1f8b","\u1f0b\u0399":"\u1f8b","\u1f8c":"\u1f8c","\u1f84":"\u1f8c","\u1f0c\u0399":"\u1f8c","\u1f8d":"\u1f8d","\u1f85":"\u1f8d","\u1f0d\u0399":"\u1f8d","\u1f8e":"\u1f8e","\u1f86":"\u1f8e","\u1f0e\u0399":"\u1f8e","\u1f8f":"\u1f8f","\u1f87":"\u1f8f","\u1f0f\u0399":"\u1f8f","\u1f98":"\u1f98","\u1f90":"\u1f98","\u1f28\u0399":"\u1f98","\u1f99":"\u1f99","\u1f91":"\u1f99","\u1f29\u0399":"\u1f99","\u1f9a":"\u1f9a","\u1f92":"\u1f9a","\u1f2a\u0399":"\u1f9a","\u1f9b":"\u1f9b","\u1f93":"\u1f9b","\u1f2b\u0399":"\u1f9b","\u1f9c":"\u1f9c","\u1f94":"\u1f9c","\u1f2c\u0399":"\u1f9c","\u1f9d":"\u1f9d","\u1f95":"\u1f9d","\u1f2d\u0399":"\u1f9d","\u1f9e":"\u1f9e","\u1f96":"\u1f9e","\u1f2e\u0399":"\u1f9e","\u1f9f":"\u1f9f","\u1f97":"\u1f9f","\u1f2f\u0399":"\u1f9f","\u1fa8":"\u1fa8","\u1fa0":"\u1fa8","\u1f68\u0399":"\u1fa8","\u1fa9":"\u1fa9","\u1fa1":"\u1fa9","\u1f69\u0399":"\u1fa9","\u1faa":"\u1faa","\u1fa2":"\u1faa","\u1f6a\u0399":"\u1faa","\u1fab":"\u1fab","\u1fa3":"\u1fab","\u1f6b\u0399":"\u1fab","\u1fac":"\u1fac","\u1fa4":"\u1fac","\u1f6c\u0399":"\u1fac","\u1fad":"\u1fad","\u1fa5":"\u1fad","\u1f6d\u0399":"\u1fad","\u1fae":"\u1fae","\u1fa6":"\u1fae","\u1f6e\u0399":"\u1fae","\u1faf":"\u1faf","\u1fa7":"\u1faf","\u1f6f\u0399":"\u1faf","\u1fbc":"\u1fbc","\u1fb3":"\u1fbc","\u0391\u0399":"\u1fbc","\u1fcc":"\u1fcc","\u1fc3":"\u1fcc","\u0397\u0399":"\u1fcc","\u1ffc":"\u1ffc","\u1ff3":"\u1ffc","\u03a9\u0399":"\u1ffc"}
;
"use strict";
__BRYTHON__.implementation=[3,15,0,'dev',0]
__BRYTHON__.version_info=[3,15,0,'final',0]
__BRYTHON__.compiled_date="2026-10-10 17:00:09.852539"
__BRYTHON__.timestamp=1791644409852
__BRYTHON__.builtin_module_names=["_ajax","_ast","_base64","_binascii","_io_classes","_json","_jsre","_locale","_multiprocessing","_posixsubprocess","_profile","_random","_sre","_sre_utils","_string","_svg","_symtable","_tokenize","_webcomponent","_webworker","_zlib_utils","array","builtins","dis","encoding_cp932","encoding_cp932_v2","hashlib","html_parser","marshal","math","modulefinder","posix","pyexpat","python_re","unicodedata","xml_helpers","xml_parser"];
;

"use strict";
(function($B){const tokens=['ENDMARKER','NAME','NUMBER','STRING','NEWLINE','INDENT','DEDENT','LPAR','RPAR','LSQB','RSQB','COLON','COMMA','SEMI','PLUS','MINUS','STAR','SLASH','VBAR','AMPER','LESS','GREATER','EQUAL','DOT','PERCENT','LBRACE','RBRACE','EQEQUAL','NOTEQUAL','LESSEQUAL','GREATEREQUAL','TILDE','CIRCUMFLEX','LEFTSHIFT','RIGHTSHIFT','DOUBLESTAR','PLUSEQUAL','MINEQUAL','STAREQUAL','SLASHEQUAL','PERCENTEQUAL','AMPEREQUAL','VBAREQUAL','CIRCUMFLEXEQUAL','LEFTSHIFTEQUAL','RIGHTSHIFTEQUAL','DOUBLESTAREQUAL','DOUBLESLASH','DOUBLESLASHEQUAL','AT','ATEQUAL','RARROW','ELLIPSIS','COLONEQUAL','EXCLAMATION','OP','TYPE_IGNORE','TYPE_COMMENT','SOFT_KEYWORD','FSTRING_START','FSTRING_MIDDLE','FSTRING_END','TSTRING_START','TSTRING_MIDDLE','TSTRING_END','COMMENT','NL',
'ERRORTOKEN','ENCODING','N_TOKENS'
]
$B.py_tokens={}
$B.token_name={}
var pos=0
for(var tok of tokens){$B.token_name[pos]=tok
$B.py_tokens[tok]=pos++}
$B.py_tokens['NT_OFFSET']=256
$B.EXACT_TOKEN_TYPES={'!':'EXCLAMATION','!=':'NOTEQUAL','%':'PERCENT','%=':'PERCENTEQUAL','&':'AMPER','&=':'AMPEREQUAL','(':'LPAR',')':'RPAR','*':'STAR','**':'DOUBLESTAR','**=':'DOUBLESTAREQUAL','*=':'STAREQUAL','+':'PLUS','+=':'PLUSEQUAL',',':'COMMA','-':'MINUS','-=':'MINEQUAL','->':'RARROW','.':'DOT','...':'ELLIPSIS','/':'SLASH','//':'DOUBLESLASH','//=':'DOUBLESLASHEQUAL','/=':'SLASHEQUAL',':':'COLON',':=':'COLONEQUAL',';':'SEMI','<':'LESS','<<':'LEFTSHIFT','<<=':'LEFTSHIFTEQUAL','<=':'LESSEQUAL','=':'EQUAL','==':'EQEQUAL','>':'GREATER','>=':'GREATEREQUAL','>>':'RIGHTSHIFT','>>=':'RIGHTSHIFTEQUAL','@':'AT','@=':'ATEQUAL','[':'LSQB',']':'RSQB','^':'CIRCUMFLEX','^=':'CIRCUMFLEXEQUAL','{':'LBRACE','|':'VBAR','|=':'VBAREQUAL','}':'RBRACE','~':'TILDE'}
function ISTERMINAL(x){return x < NT_OFFSET}
function ISNONTERMINAL(x){return x >=NT_OFFSET}
function ISEOF(x){return x==ENDMARKER}})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
const Other_ID_Start=[0x1885,0x1886,0x2118,0x212E,0x309B,0x309C].map(
x=> String.fromCodePoint(x))
function is_ID_Start(char){return/\p{Letter}/u.test(char)||
/\p{Nl}/u.test(char)||
char=='_' ||
Other_ID_Start.includes(char)}
const Other_ID_Continue=[0x00B7,0x0387,0x1369,0x1370,0x1371,0x19DA,0x200C,0x200D,0x30FB,0xFF65].
map(x=> String.fromCodePoint(x))
function is_ID_Continue(char){return is_ID_Start(char)||
/\p{Mn}|\p{Mc}|\p{Nd}|\p{Pc}/u.test(char)||
Other_ID_Continue.includes(char)}
$B.is_XID_Start=function(cp){let char=String.fromCodePoint(cp)
if(! is_ID_Start(char)){return false}
var norm=char.normalize('NFKC')
if(! is_ID_Start(norm[0])){return false}
for(let char of norm.substr(1)){if(! is_ID_Continue(char)){return false}}
return true}
$B.is_XID_Continue=function(cp){let char=String.fromCodePoint(cp)
if(! is_ID_Continue(char)){return false}
var norm=char.normalize('NFKC')
for(let char of norm.substr(1)){if(! is_ID_Continue(char)){return false}}
return true}
$B.in_unicode_category=function(category,cp){if(isNaN(cp)){return false}
try{
var re=new RegExp('\\p{'+category+'}','u')
return re.test(String.fromCodePoint(cp))}catch(err){
return in_unicode_category(category,cp)}}
function in_unicode_category(category,cp){
var table=$B.unicode[category],start=0,end=table.length-1,len=table.length,ix=Math.floor(len/2),nb=0
var first=table[start],item=typeof first=='number' ? first :first[0]
if(cp < item){return false}
var last=table[end]
if(typeof last=='number'){if(cp > last){return false}}else if(last[0]+last[1]< cp){return false}
while(true){nb++
if(nb > 100){console.log('infinite loop for',cp)
alert()}
item=table[ix]
if(typeof item !='number'){item=item[0]}
if(item==cp){return true}else if(item > cp){end=ix}else{
start=ix}
len=Math.floor((end-start)/2)
if(end-start==1){break}
ix=start+len}
var step=table[start][2]
if(step===undefined){return table[start][0]+table[start][1]> cp}
return(table[start][0]+step*table[start][1]> cp)&&
((cp-table[start][0])% step)==0}
})(__BRYTHON__)
;

"use strict";
(function($B){var _b_=$B.builtins
if($B.VFS_timestamp && $B.VFS_timestamp > $B.timestamp){
$B.timestamp=$B.VFS_timestamp}
function idb_load(evt,module){
var res=evt.target.result
var debug=$B.get_page_option('debug')
if(res===undefined ||res.timestamp !=$B.timestamp ||
($B.VFS[module]&& res.source_ts !==$B.VFS[module].timestamp)){
if($B.VFS[module]!==undefined){var elts=$B.VFS[module],ext=elts[0],source=elts[1]
if(ext==".py"){var is_package=elts.length==4,__package__
if(is_package){__package__=module}else{
var parts=module.split(".")
parts.pop()
__package__=parts.join(".")}
$B.imported[module]=$B.module.$factory(module,"",__package__)
$B.url2name[module]=module
try{
$B.py2js({src:source,filename:module},module,module)}catch(err){$B.handle_error(err)}
delete $B.imported[module]
if(debug > 1){console.log("precompile",module)}}else{
console.log('bizarre',module,ext)}}else{}}else{
if(res.is_package){$B.precompiled[module]=[res.content]}else{
$B.precompiled[module]=res.content}
if(res.imports.length > 0){
if(debug > 1){console.log(module,"imports",res.imports)}
var subimports=res.imports.split(",")
for(var i=0;i < subimports.length;i++){var subimport=subimports[i]
if(subimport.startsWith(".")){
var url_elts=module.split("."),nb_dots=0
while(subimport.startsWith(".")){nb_dots++
subimport=subimport.substr(1)}
let elts=url_elts.slice(0,nb_dots)
if(subimport){elts=elts.concat([subimport])}
subimport=elts.join(".")}
if(!$B.imported.hasOwnProperty(subimport)&&
!$B.precompiled.hasOwnProperty(subimport)){
if($B.VFS.hasOwnProperty(subimport)){let submodule=$B.VFS[subimport],source=submodule[1]
if(submodule[0]==".py"){$B.tasks.splice(0,0,[idb_get,subimport])}else{
add_jsmodule(subimport,source)}}}}}}
loop()}
function idb_get(module){
var db=$B.idb_cx.result,tx=db.transaction("modules","readonly")
try{
var store=tx.objectStore("modules"),req=store.get(module)
req.onsuccess=function(evt){idb_load(evt,module)}}catch(err){console.info('error',err)}}
function remove_outdated(db,outdated,callback){var tx=db.transaction("modules","readwrite"),store=tx.objectStore("modules")
if(outdated.length > 0){let module=outdated.pop(),req=store.delete(module)
req.onsuccess=(function(mod){return function(){if($B.get_page_option('debug')> 1){console.info("delete outdated",mod)}
report_remove_outdated(mod)
remove_outdated(db,outdated,callback)}})(module)}else{
report_close()
callback()}}
$B.idb_open_promise=function(){return new Promise(function(resolve,reject){$B.idb_name="brython-cache"
var idb_cx=$B.idb_cx=indexedDB.open($B.idb_name)
idb_cx.onsuccess=function(){var db=idb_cx.result
var tx=db.transaction("modules","readwrite"),store=tx.objectStore("modules"),record,outdated=[]
var openCursor=store.openCursor()
openCursor.onerror=function(){reject("open cursor error")}
openCursor.onsuccess=function(evt){var cursor=evt.target.result
if(cursor){record=cursor.value
if(record.timestamp==$B.timestamp){if(!$B.VFS ||!$B.VFS[record.name]||
$B.VFS[record.name].timestamp==record.source_ts){
if(record.is_package){$B.precompiled[record.name]=[record.content]}else{
$B.precompiled[record.name]=record.content}}else{
outdated.push(record.name)}}else{
outdated.push(record.name)}
cursor.continue()}else{
remove_outdated(db,outdated,resolve)}}}
idb_cx.onupgradeneeded=function(){var db=idb_cx.result,store=db.createObjectStore("modules",{"keyPath":"name"})
store.onsuccess=resolve}
idb_cx.onerror=function(){
$B.idb_cx=null
$B.idb_name=null
$B.$options.indexeddb=false
reject('could not open indexedDB database')}})}
$B.idb_open=function(){$B.idb_name="brython-cache"
var idb_cx=$B.idb_cx=indexedDB.open($B.idb_name)
idb_cx.onsuccess=function(){var db=idb_cx.result
if($B.get_page_option('debug')> 1){console.info("using indexedDB for stdlib modules cache")}
var tx=db.transaction("modules","readwrite"),store=tx.objectStore("modules"),record,outdated=[]
var openCursor=store.openCursor()
openCursor.onerror=function(evt){console.log("open cursor error",evt)}
openCursor.onsuccess=function(evt){var cursor=evt.target.result
if(cursor){record=cursor.value
if(record.timestamp==$B.timestamp){if(!$B.VFS ||!$B.VFS[record.name]||
$B.VFS[record.name].timestamp==record.source_ts){
if(record.is_package){$B.precompiled[record.name]=[record.content]}else{
$B.precompiled[record.name]=record.content}
if($B.get_page_option('debug')> 1){console.info("load from cache",record.name)}}else{
outdated.push(record.name)}}else{
outdated.push(record.name)}
cursor.continue()}else{
if($B.get_page_option('debug')> 1){console.log("done")}
remove_outdated(db,outdated,loop)}}}
idb_cx.onupgradeneeded=function(){console.info("upgrade needed")
var db=idb_cx.result,store=db.createObjectStore("modules",{"keyPath":"name"})
store.onsuccess=loop}
idb_cx.onerror=function(){console.info('could not open indexedDB database')
$B.idb_cx=null
$B.idb_name=null
$B.$options.indexeddb=false
loop()}
idb_cx.onversionchange=function(){console.log('version change')}}
$B.ajax_load_script=function(s){var script=s.script,url=s.url,name=s.name,rel_path=url.substr($B.script_dir.length+1)
if($B.files && $B.files.hasOwnProperty(rel_path)){
var src=atob($B.files[rel_path].content)
if(s.is_ww){$B.webworkers[name]=script
var filename=$B.script_filename=$B.strip_host(url)
$B.file_cache[filename]=src
$B.dispatch_load_event(script)}
$B.tasks.splice(0,0,[$B.run_script,script,src,name,url,true])
loop()}else if($B.protocol !="file"){var filename=$B.script_filename=$B.strip_host(url)
$B.scripts[filename]=script
var req=new XMLHttpRequest(),cache=$B.get_option('cache'),qs=cache ? '' :
(url.search(/\?/)>-1 ? '&' :'?')+Date.now()
req.open("GET",url+qs,true)
req.onreadystatechange=function(){if(this.readyState==4){if(this.status==200){var src=this.responseText
if(s.is_ww){$B.webworkers[name]=script
$B.file_cache[filename]=src
$B.dispatch_load_event(script)}else{
$B.tasks.splice(0,0,[$B.run_script,script,src,name,url,true])}}else if(this.status==404){var err=$B.EXC(_b_.ModuleNotFoundError,url)
err.$suggestion=_b_.None
$B.handle_error(err)}}
loop()}
req.send()}else{
$B.RAISE(_b_.IOError,"can't load external script at "+
script.url+" (Ajax calls not supported with protocol file:///)")}}
function add_jsmodule(module,source){
source+="\nvar $locals_"+
module.replace(/\./g,"_")+" = $module"
$B.precompiled[module]=source}
$B.inImported=function(module){if($B.imported.hasOwnProperty(module)){}else if(__BRYTHON__.VFS && __BRYTHON__.VFS.hasOwnProperty(module)){var elts=__BRYTHON__.VFS[module]
var ext=elts[0],source=elts[1]
if(ext==".py"){if($B.idb_cx){$B.tasks.splice(0,0,[idb_get,module])}}else{
add_jsmodule(module,source)}}else{
console.log("bizarre",module)}
loop()}
function report_remove_outdated(mod){if(!$B.isWebWorker){document.dispatchEvent(new CustomEvent('precompile',{detail:`remove outdated ${mod} from cache`}))}}
function report_close(){if(!$B.isWebWorker){document.dispatchEvent(new CustomEvent('precompile',{detail:"close"}))}}
function report_done(){if(!$B.isWebWorker){document.dispatchEvent(new CustomEvent("brython_done",{detail:_b_.dict.$from_js($B.$options)}))}}
var loop=$B.loop=function(){if($B.tasks.length==0){
report_done()
return}
var task=$B.tasks.shift(),func=task[0],args=task.slice(1)
if(func=="execute"){let script=task[1],script_id=script.__name__.replace(/\./g,"_"),module=$B.module.$factory(script.__name__,script.__doc__)
module.__file__=script.__file__
$B.imported[script_id]=module
try{
var modobj=new Function(script.js+`\nreturn locals`)()
for(var key in modobj){if(! key.startsWith('$')){try{
$B.module.tp_setattro(module,key,modobj[key])}catch(err){}}}
$B.dispatch_load_event(script.script_element)}catch(err){
if($B.get_option('debug')> 2){console.log('error in loaders',err)
console.log('frame obj',$B.frame_obj)}
if(err.ob_type===undefined){err.filename=script.filename
if(err.$py_exc){err=err.$py_exc}else{
if($B.get_option('debug',err)> 2){console.log('JS error',err.stack)}
var stack=err.$stack,frame_obj=err.$frame_obj,linenums=err.$linenums
var lineNumber=err.lineNumber
if(lineNumber !==undefined){console.log('around line',lineNumber)
console.log(script.js.split('\n').
slice(lineNumber-4,lineNumber).join('\n'))}
$B.print_stack()
err=$B.EXC(_b_.RuntimeError,err+'')
err.$stack=stack
err.$frame_obj=frame_obj
err.$linenums=linenums}}
$B.handle_error(err)}
loop()}else{
try{
func.apply(null,args)}catch(err){$B.handle_error(err)}}}
$B.tasks=[]
$B.has_indexedDB=self.indexedDB !==undefined})(__BRYTHON__);
;
"use strict";
;(function($B){var _b_=$B.builtins,_window=globalThis,isWebWorker=('undefined' !==typeof WorkerGlobalScope)&&
("function"===typeof importScripts)&&
(navigator instanceof WorkerNavigator)
function missing_required_kwonly(fname,args){var plural=args.length==1 ? '' :'s',arg_list
args=args.map(x=> `'${x}'`)
if(args.length==1){arg_list=args[0]}else if(args.length==2){arg_list=args[0]+' and '+args[1]}else{
arg_list=args.slice(0,args.length-1).join(', ')+', and '+
args[args.length-1]}
$B.RAISE(_b_.TypeError,fname+'() '+
`missing ${args.length} required keyword-only argument${plural}: `+
arg_list)}
function missing_required_pos(fname,args){var plural=args.length==1 ? '' :'s',arg_list
args=args.map(x=> `'${x}'`)
if(args.length==1){arg_list=args[0]}else if(args.length==2){arg_list=args[0]+' and '+args[1]}else{
arg_list=args.slice(0,args.length-1).join(', ')+', and '+
args[args.length-1]}
$B.RAISE(_b_.TypeError,fname+'() '+
`missing ${args.length} required positional argument${plural}: `+
arg_list)}
function multiple_values(fname,arg){$B.RAISE(_b_.TypeError,fname+'() '+
`got multiple values for argument '${arg}'`)}
function pos_only_passed_as_keyword(fname,arg){return $B.EXC(_b_.TypeError,fname+
`() got some positional-only arguments passed as keyword arguments:`+
` '${arg}'`)}
function too_many_pos_args(fname,kwarg,arg_names,nb_kwonly,defaults,args,slots){var nb_pos=args.length,last=$B.last(args)
if(last !==null && last !==undefined && last.$kw){
if(! kwarg){var kw=$B.parse_kwargs(last.$kw,fname)
for(var k in kw){if(! slots.hasOwnProperty(k)){var suggestion=$B.offer_suggestions_for_unexpected_keyword_error(arg_names,k)
throw unexpected_keyword(fname,k,suggestion)}}}
nb_pos--}
var nb_def=defaults.length
var expected=arg_names.length-nb_kwonly,plural=expected==1 ? '' :'s'
if(nb_def){expected=`from ${expected - nb_def} to ${expected}`
plural='s'}
var verb=nb_pos==1 ? 'was' :'were'
return $B.EXC(_b_.TypeError,fname+'() takes '+
`${expected} positional argument${plural} but ${nb_pos} ${verb} given`)}
$B.check_expected_keywords=function(name,kw,expected){for(var entry of _b_.dict.$iter_items(kw)){var key=entry.key
if(! expected.includes(key)){var suggestion=
$B.offer_suggestions_for_unexpected_keyword_error(expected,key)
throw unexpected_keyword(name,key,suggestion)}}}
function unexpected_keyword(fname,k,suggestion){var msg=`${fname}() got an unexpected keyword argument '${k}'`
if(suggestion !==_b_.None){msg+=`. Did you mean: '${suggestion}'?`}
return $B.EXC(_b_.TypeError,msg)}
$B.unexpected_keyword=unexpected_keyword
var empty={empty:true}
$B.args=function(fname,argcount,slots,args,$dobj,vararg,kwarg,nb_posonly){
var nb_posonly=nb_posonly ||0,var_names=Object.keys(slots),nb_kwonly=var_names.length-argcount,defaults=[],kwdefaults=$B.empty_dict()
if($dobj){for(var i=0,len=var_names.length;i < len;i++){var var_name=var_names[i]
if(Object.hasOwn($dobj,var_name)){if(i < argcount){defaults.push($dobj[var_name])}else{
$B.str_dict_set(kwdefaults,var_name,$dobj[var_name])}}}}
for(var k in slots){slots[k]=empty}
return $B.parse_args(args,fname,argcount,slots,var_names,defaults,kwdefaults,vararg,kwarg,nb_posonly,nb_kwonly)}
$B.single_arg=function(fname,arg,args){var slots={}
slots[arg]=null
var $=$B.args(fname,1,slots,args)
return $[arg]}
$B.parse_args=function(args,fname,argcount,slots,arg_names,defaults,kwdefaults,vararg,kwarg,nb_posonly,nb_kwonly){
var nb_passed=args.length,nb_passed_pos=nb_passed,
nb_expected=arg_names.length,nb_pos_or_kw=nb_expected-nb_kwonly,posonly_set,nb_def=defaults.length,varargs=vararg ?[]:undefined,extra_kw=kwarg ?{}:undefined,kw
for(var i=0;i < nb_passed;i++){var arg=args[i]
if(arg && $B.get_class(arg)===$B.generator){slots.$has_generators=true}
if(arg && arg.$kw){
nb_passed_pos--
kw=$B.parse_kwargs(arg.$kw,fname)}else{
var arg_name=arg_names[i]
if(arg_name !==undefined){if(i >=nb_pos_or_kw){if(vararg){varargs.push(arg)}else{
throw too_many_pos_args(
fname,kwarg,arg_names,nb_kwonly,defaults,args,slots)}}else{
if(i < nb_posonly){posonly_set=posonly_set ??{}
posonly_set[arg_name]=true}
slots[arg_name]=arg}}else if(vararg){varargs.push(arg)}else{
throw too_many_pos_args(
fname,kwarg,arg_names,nb_kwonly,defaults,args,slots)}}}
for(var j=nb_passed_pos;j < nb_pos_or_kw;j++){var arg_name=arg_names[j]
if(kw && kw.hasOwnProperty(arg_name)){
if(j < nb_posonly){
if(! kwarg){throw pos_only_passed_as_keyword(fname,arg_name)}}else{
slots[arg_name]=kw[arg_name]
kw[arg_name]=empty}}
if(slots[arg_name]===empty){
var def_value=defaults[j-(nb_pos_or_kw-nb_def)]
if(def_value !==undefined){slots[arg_name]=def_value
if(j < nb_posonly){
if(kw && kw.hasOwnProperty(arg_name)&& kwarg){extra_kw[arg_name]=kw[arg_name]
kw[arg_name]=empty}}}else{
var missing_pos=arg_names.slice(j,nb_pos_or_kw-nb_def)
throw missing_required_pos(fname,missing_pos)}}}
var missing_kwonly
for(var i=nb_pos_or_kw;i < nb_expected;i++){var arg_name=arg_names[i]
if(kw && kw.hasOwnProperty(arg_name)){slots[arg_name]=kw[arg_name]
kw[arg_name]=empty}else{
var kw_def=$B.str_dict_get(kwdefaults,arg_name)
if(kw_def !==$B.NULL){slots[arg_name]=kw_def}else{
missing_kwonly=missing_kwonly ??[]
missing_kwonly.push(arg_name)}}}
if(missing_kwonly){throw missing_required_kwonly(fname,missing_kwonly)}
if(! kwarg){for(var k in kw){if(! slots.hasOwnProperty(k)){var suggestion=$B.offer_suggestions_for_unexpected_keyword_error(
arg_names,k)
throw unexpected_keyword(fname,k,suggestion)}}}
for(var k in kw){if(kw[k]===empty){continue}
if(! slots.hasOwnProperty(k)){if(kwarg){extra_kw[k]=kw[k]}}else if(slots[k]!==empty){if(posonly_set && posonly_set[k]&& kwarg){
extra_kw[k]=kw[k]}else{
throw multiple_values(fname,k)}}else{
slots[k]=kw[k]}}
if(kwarg){slots[kwarg]=_b_.dict.$from_js(extra_kw)}
if(vararg){slots[vararg]=$B.fast_tuple(varargs)}
return slots}
$B.parse_kwargs=function(kw_args,fname){var kwa=kw_args[0]
for(var i=1,len=kw_args.length;i < len;i++){var kw_arg=kw_args[i],key,value
if($B.get_class(kw_arg)===_b_.dict){for(var entry of _b_.dict.$iter_items(kw_arg)){key=entry.key
if(typeof key !=='string'){$B.RAISE(_b_.TypeError,fname+
"() keywords must be strings")}else if(kwa[key]!==undefined){$B.RAISE(_b_.TypeError,fname+
"() got multiple values for argument '"+
key+"'")}else{
kwa[key]=entry.value}}}else{
var cls=$B.get_class(kw_arg)
try{
var keys_method=$B.$getattr(cls,'keys')}catch(err){$B.RAISE(_b_.TypeError,`${fname}() argument `+
`after ** must be a mapping, not ${$B.class_name(kw_arg)}`)}
var keys_iter=$B.make_js_iterator($B.$call(keys_method,kw_arg)),getitem
for(var k of keys_iter){if(typeof k !=="string"){$B.RAISE(_b_.TypeError,fname+
"() keywords must be strings")}
if(kwa[k]!==undefined){$B.RAISE(_b_.TypeError,fname+
"() got multiple values for argument '"+
k+"'")}
if(! getitem){try{
getitem=$B.$getattr(cls,'__getitem__')}catch(err){$B.RAISE(_b_.TypeError,`'${$B.class_name(kw_arg)}' object is not subscriptable`)}}
kwa[k]=getitem(kw_arg,k)}}}
return kwa}
$B.parse_tuple=function(args,start,types){
if(args.length-start !==types.length){$B.RAISE(_b_.TypeError,`function takes exactly ${types.length} arguments `+
`(${args.length - start} given)`
)}
for(let i=0,len=types.length;i < len;i++){let type=types[i]
let arg=args[start+i]
switch(type){case 'O':
break
case 'U':
if(! $B.is_str(arg)){$B.RAISE(_b_.TypeError,`argument ${i + 1} must be str, `+
`not ${$B.class_name(arg)}`
)}
break
case 'n':
$B.PyNumber_Index(arg)
break}}}
$B.check_nb_args=function(name,expected,args){
var len=args.length,last=args[len-1]
if(last && last.$kw){var kw=last.$kw
if(kw[1]){if(_b_.len(kw[1])==0){len--}}}
if(len !=expected){if(expected==0){$B.RAISE(_b_.TypeError,name+"() takes no argument"+
" ("+len+" given)")}else{
$B.RAISE(_b_.TypeError,name+"() takes exactly "+
expected+" argument"+(expected < 2 ? '' :'s')+
" ("+len+" given)")}}}
$B.check_no_kw=function(name,x,y){
if((x.$kw && x.$kw[0]&& Object.keys(x.$kw[0]).length > 0)||
(y !==undefined && y.$kw)){$B.RAISE(_b_.TypeError,name+"() takes no keyword arguments")}}
$B.keyword_is_empty=function(kw){var first=kw[0]
for(var key in first){return false}
for(var i=1;i < kw.length;i++){if(_b_.dict.mp_length(kw[i])> 0){return false}}
return true}
$B.check_nb_args_no_kw=function(name,expected,args){
var len=args.length,last=args[len-1]
if(last && last.$kw){len--
if(! $B.keyword_is_empty(last.$kw)){$B.RAISE(_b_.TypeError,name+"() takes no keyword arguments")}}
if(len !=expected){if(expected==0){$B.RAISE(_b_.TypeError,name+"() takes no argument"+
" ("+len+" given)")}else{
$B.RAISE(_b_.TypeError,name+"() takes exactly "+
expected+" argument"+(expected < 2 ? '' :'s')+
" ("+len+" given)")}}}
$B.unpack_args=function(name,args,vars,defaults){var args_length=args.length
for(var i=0,len=vars.length;i < len;i++){if(i >=args.length){if(! defaults ||! defaults.hasOwnProperty(vars[i])){$B.RAISE(_b_.TypeError,`${name}() missing argument '${vars[i]}'`)}
args[i]=defaults[vars[i]]}}
return args}
$B.check_kw_empty=function(name,kw){if(kw && _b_.dict.mp_length(kw)> 0){$B.RAISE(_b_.TypeError,`${name}() takes no keyword arguments`)}}
$B.parse_args_kw=function(fname,args){var last=args[args.length-1]
if(last?.$kw){var kw=$B.parse_kwargs(last.$kw,fname)
kw[$B.OB_TYPE]=_b_.dict
args=Array.from(args)
args.pop()
return[args,kw]}
return[args,$B.empty_dict()]}
$B.get_class=function(obj){
if(obj===null){return $B.NullType }
if(obj===undefined){return $B.UndefinedType }
if(obj.ob_type){return obj.ob_type}
if(obj[$B.OB_TYPE]){return obj[$B.OB_TYPE]}
var klass
switch(typeof obj){case "number":
if(Number.isInteger(obj)){return _b_.int}
break
case "bigint":
return _b_.int
case "string":
return _b_.str
case "boolean":
return _b_.bool
case "function":
return $B.JSFunction
case "object":
if(Array.isArray(obj)){return $B.js_array}else if(typeof Node !=="undefined"){
if(obj instanceof Node){if(obj.tagName){var res=$B.module_getattr($B.imported['browser.html'],obj.tagName)
return res===$B.NULL ? $B.DOMNode :res}
return $B.DOMNode}else if(obj instanceof Event){return $B.DOMEvent}else if(obj.ownerDocument){var view=obj.ownerDocument.defaultView
if(obj instanceof view.Node){if(obj.tagName){var res=$B.module_getattr($B.imported['browser.html'],obj.tagName)
return res===$B.NULL ? $B.DOMNode :res}
return $B.DOMNode}else if(obj instanceof view.event){return $B.DOMEvent}}else if(obj.defaultView){
return $B.DOMNode}}else if(obj instanceof Event){return $B.DOMEvent}
break}
return $B.get_jsobj_class(obj)}
$B.set_type=function(obj,type){obj.ob_type=type}
$B.exact_type=function(obj,cls){var klass=$B.get_class(obj)
if(Array.isArray(cls)){for(var item of cls){if(klass===item){return true}}
return false}else{
return klass===cls}}
$B.class_name=function(obj){var klass=$B.get_class(obj)
if(klass===$B.JSObj){return 'Javascript '+obj.constructor.name}else{
return klass.tp_name ?? klass.__name__}}
$B.get_mro=function(klass){return klass.tp_mro ?? klass.__mro__}
$B.get_name=function(klass){return klass.tp_name ?? klass.__name__}
$B.unpack_mapping=function(func,obj){var items=[]
if($B.is_dict(obj)){for(var item of _b_.dict.$iter_items(obj)){if(! $B.is_str(item.key)){$B.RAISE(_b_.TypeError,'keywords must be strings')}
items.push(item)}
return items}
var klass=$B.get_class(obj)
var getitem=$B.$getattr(klass,'__getitem__',null)
if(getitem===null){$B.RAISE(_b_.TypeError,`'${$B.class_name(obj)}' object `+
'is not subscriptable')}
var key_func=$B.$getattr(klass,'keys',null)
if(key_func===null){var f=`${func.$infos.__module__}.${func.$infos.__name__}`
$B.RAISE(_b_.TypeError,`${f}() argument after **`+
` must be a mapping, not ${$B.class_name(obj)}`)}
var keys=$B.$call($B.$getattr(klass,'keys'),obj)
for(var key of $B.make_js_iterator(keys)){if(! $B.is_str(key)){$B.RAISE(_b_.TypeError,'keywords must be strings')}
items.push({key,value:$B.$call(getitem,obj,key)})}
return items}
$B.make_js_iterator_no_trace=function(iterator){if(Array.isArray(iterator)){if(iterator.ob_type){return iterator[Symbol.iterator]()}else{
return iterator.map($B.jsobj2pyobj)[Symbol.iterator]()}}
return $B.make_js_iterator(iterator,$B.NULL)}
$B.make_js_iterator=function(iterator,frame,lineno){
var set_lineno=$B.set_lineno
if(frame===undefined){if(! $B.frame_obj){set_lineno=function(){}}else{
frame=$B.frame_obj.frame
lineno=frame.$lineno}}else if(frame===$B.NULL){
set_lineno=()=> null}
var cls=$B.get_class(iterator)
if(Object.hasOwn(cls,$B.FAST_ITER)){return cls[$B.FAST_ITER](iterator,set_lineno,frame,lineno)}
var it=$B.$iter(iterator)
var test=false 
if(test){console.log('make js iterator',it)}
var next_func=$B.$getattr($B.get_class(it),'__next__',null)
if(test){console.log('next_func',next_func)}
if(next_func !==null){return{
[Symbol.iterator](){return this},next(){set_lineno(frame,lineno)
try{
var value=$B.$call(next_func,it)
return{done:false,value}}catch(err){if($B.is_exc(err,[_b_.StopIteration])){return{done:true,value:null}}
if(iterator[$B.INUM]){$B.set_inum(iterator[$B.INUM])}
throw err}}}}}
$B.unpacker=function(obj,nb_targets,has_starred){
var inum_rank=3
if(has_starred){var nb_after_starred=arguments[3]
inum_rank++}
var inum=arguments[inum_rank]
let it
try{
it=$B.make_js_iterator(obj)}catch(err){$B.set_inum(inum)
$B.RAISE(_b_.TypeError,`cannot unpack non-iterable ${$B.class_name(obj)} object`
)}
var t=Array.from(it),right_length=t.length,left_length=nb_targets+(has_starred ? nb_after_starred-1 :0)
if((! has_starred &&(right_length < nb_targets))||
(has_starred &&(right_length < nb_targets-1))){$B.set_inum(inum)
var exc=$B.EXC(_b_.ValueError,`not enough values to unpack `+
`(expected ${has_starred ? 'at least ' : ''}`+
`${left_length}, got ${right_length})`)
throw exc}
if((! has_starred)&& right_length > left_length){var exc=$B.EXC(_b_.ValueError,"too many values to unpack "+
`(expected ${left_length}, got ${right_length})`)
throw exc}
t.index=-1
t.read_one=function(){t.index++
return t[t.index]}
t.read_rest=function(){
t.index++
var res=t.slice(t.index,t.length-nb_after_starred)
t.index=t.length-nb_after_starred-1
return $B.$list(res)}
return t}
$B.nb_set_lineno_type=0
$B.set_lineno=function(frame,lineno,type){frame.$lineno=lineno
if(frame.$f_trace !==_b_.None){$B.trace_line()}
if(type){$B.nb_set_lineno_type++
frame[type]=frame[type]||{}
frame[type][lineno]=true}
return true}
$B.get_method_class=function(method,ns,qualname,refs){
var klass=ns
if(method.$function_infos && method.$function_infos[$B.func_attrs.method_class]){return method.$function_infos[$B.func_attrs.method_class]}
for(var ref of refs){if(klass[ref]===undefined){var cls=$B.make_type(qualname)
$B.finalize_type(cls)
return cls}
klass=klass[ref]}
return klass}
$B.warn=function(klass,message,filename,token){var warning=$B.EXC(klass,message)
$B.set_to_dict(warning,'filename',filename)
if(klass===_b_.SyntaxWarning){$B.assign_dict(warning,{lineno:token.lineno,offset:token.col_offset,end_lineno:token.end_lineno,end_offset:token.end_coloffset,text:token.line}
)
warning.args[1]=$B.fast_tuple([filename,warning.lineno,warning.offset,warning.text,warning.end_lineno,warning.end_offset])}
$B.$call($B.module_getattr($B.imported._warnings,'warn'),warning)}
$B.assert=function(test,msg,inum){if(! $B.$bool(test)){var exc=$B.EXC(_b_.AssertionError,msg)
$B.set_inum(inum)
throw exc}}
function index_error(obj){var type=typeof obj=="string" ? "string" :"list"
return $B.EXC(_b_.IndexError,type+" index out of range")}
$B.$getitem=function(obj,item,inum){try{
return $B.$getitem1(obj,item)}catch(err){$B.set_inum(inum)
throw err}}
$B.$getitem1=function(obj,item){var is_list=Array.isArray(obj)&& $B.get_class(obj)===_b_.list,is_dict=$B.get_class(obj)===_b_.dict && ! obj[$B.JSOBJ]
if(typeof item=="number"){if(is_list ||typeof obj=="string"){item=item >=0 ? item :obj.length+item
if(obj[item]!==undefined){return obj[item]}else{
throw index_error(obj)}}}else if(item.valueOf && typeof item.valueOf()=="string" && is_dict){return _b_.dict.$getitem(obj,item)}
if($B.is_type(obj)){
var meta_gi=$B.search_in_mro($B.get_class(obj),"__getitem__",$B.NULL)
if(meta_gi !==$B.NULL){return $B.$call(meta_gi,obj,item)}
if(! Array.isArray(item)){item=$B.fast_tuple([item])}
if(obj===_b_.type){return $B.$class_getitem(obj,item)}
var class_gi=$B.type_getattribute(obj,"__class_getitem__",$B.NULL)
if(class_gi !==$B.NULL){return $B.$call(class_gi,item)}else{
var qualname=$B.$getattr(obj,'__qualname__')
$B.RAISE(_b_.TypeError,`type '${qualname}' is not subscriptable`
)}}
if(is_list){return $B.list_getitem(obj,item)}
if(is_dict){return _b_.dict.$getitem(obj,item)}
var gi=$B.search_in_mro($B.get_class(obj),"__getitem__",$B.NULL)
if(gi !==$B.NULL){return $B.$call(gi,obj,item)}
var exc=$B.EXC(_b_.TypeError,"'"+$B.class_name(obj)+
"' object is not subscriptable")
throw exc}
$B.getitem_slice=function(obj,slice,inum){try{
var res
var klass=$B.get_class(obj)
if(Array.isArray(obj)&& klass===_b_.list){res=_b_.list.$getitem_slice(obj,slice)}else if(typeof obj=="string"){res=_b_.str.mp_subscript(obj,slice)}else{
res=$B.$call($B.$getattr(klass,"__getitem__"),obj,slice)}
return res}catch(err){$B.set_inum(inum)
throw err}}
$B.$setitem=function(obj,item,value,inum){var klass=$B.get_class(obj)
if(Object.hasOwn(klass,'mp_ass_subscript')){try{
return klass.mp_ass_subscript(obj,item,value)}catch(err){$B.set_inum(inum)
throw err}}
if(klass===_b_.dict){_b_.dict.$setitem(obj,item,value)
return}else if(klass===_b_.list){try{
return _b_.list.$setitem(obj,item,value)}catch(err){if($B.is_exc(err,[_b_.IndexError])){$B.set_inum(inum)}
throw err}}
var setitem=$B.$getattr($B.get_class(obj),"__setitem__",$B.NULL)
if(setitem===$B.NULL){$B.set_inum(inum)
$B.RAISE(_b_.TypeError,"'"+$B.class_name(obj)+
"' object does not support item assignment")}
return $B.$call(setitem,obj,item,value)}
$B.set_inum=function(inum){if(inum !==undefined && $B.frame_obj){$B.frame_obj.frame.inum=inum}}
$B.$delitem=function(obj,item,inum){var klass=$B.get_class(obj)
if(Array.isArray(obj)&& klass===_b_.list &&
typeof item=="number" &&
!$B.is_tuple(obj)){if(item < 0){item+=obj.length}
if(obj[item]===undefined){$B.set_inum(inum)
$B.RAISE(_b_.IndexError,"list deletion index out of range")}
obj.splice(item,1)
return}else if(klass===_b_.dict){if(obj.$is_namespace){
var as_jsobj=$B.dict_as_jsobj(obj)
Object.defineProperty(as_jsobj,item,{get(){throw $B.name_error(item)},set(value){
Object.defineProperty(as_jsobj,item,{value})
return _b_.None}}
)}else{
try{
$B.dict_delitem(obj,item)}catch(err){if($B.is_exc(err,[_b_.KeyError])){$B.set_inum(inum)}
throw err}}
return}else if(klass===_b_.list){try{
return $B.list_delitem(obj,item)}catch(err){if($B.is_exc(err,[_b_.IndexError])){$B.set_inum(inum)}
throw err}}
if(Object.hasOwn(klass,'mp_ass_subscript')){try{
return klass.mp_ass_subscript(obj,item,$B.NULL)}catch(err){$B.set_inum(inum)
throw err}}
if(Object.hasOwn(klass,'sq_ass_item')){try{
return klass.sq_ass_item(obj,item,$B.NULL)}catch(err){$B.set_inum(inum)
throw err}}
var delitem=$B.$getattr(klass,"__delitem__",$B.NULL)
if(delitem===$B.NULL){$B.RAISE(_b_.TypeError,"'"+$B.class_name(obj)+
"' object doesn't support item deletion")}
return $B.$call(delitem,obj,item)}
$B.delete_for_reassign=function(name,namespace){
if(namespace.$is_namespace){return $B.$delitem(namespace,name)}
if(namespace.hasOwnProperty && namespace.hasOwnProperty(name)){try{
var value=namespace[name]}catch(err){
return}
var klass=$B.get_class(value)
var del_method=$B.search_slot(klass,'tp_dealloc',$B.NULL)
if(del_method !==$B.NULL){$B.$call(del_method,value)}}
delete namespace[name]}
function num_result_type(x,y){var is_int,is_float,x_num,y_num
if(typeof x=="number"){x_num=x
if(typeof y=="number"){is_int=true
y_num=y}else if($B.get_class(y)===_b_.float){is_float=true
y_num=y.value}}else if($B.get_class(x)===_b_.float){x_num=x.value
if(typeof y=="number"){y_num=y
is_float=true}else if($B.get_class(y)===_b_.float){is_float=true
y_num=y.value}}
return{is_int,is_float,x:x_num,y:y_num}}
$B.augm_assign=function(left,op,right){var res_type=num_result_type(left,right)
if(res_type.is_int ||res_type.is_float){var z
switch(op){case '+=':
z=res_type.x+res_type.y
break
case '-=':
z=res_type.x-res_type.y
break
case '*=':
z=res_type.x*res_type.y
break
case '/=':
return $B.fast_float(res_type.x/res_type.y)}
if(z){if(res_type.is_int && Number.isSafeInteger(z)){return z}else if(res_type.res_is_float){return $B.fast_float(z)}}}else if(op=='*='){if(typeof left=="number" && typeof right=="string"){return left <=0 ? '' :right.repeat(left)}else if(typeof left=="string" && typeof right=="number"){return right <=0 ? '' :left.repeat(right)}}else if(op=='+='){if(typeof left=="string" && typeof right=="string"){return left+right}}
var op1=op.substr(0,op.length-1),method=$B.op2method.augmented_assigns[op],augm_func=$B.$getattr($B.get_class(left),'__'+method+'__',$B.NULL)
if(augm_func !==$B.NULL){var res=$B.$call(augm_func,left,right)
if(res !==_b_.NotImplemented){return res}}
var method1=$B.op2method.operations[op1]
if(method1===undefined){method1=$B.op2method.binary[op1]}
try{
return $B.rich_op(`__${method1}__`,left,right)}catch(err){if($B.$isinstance(err,_b_.TypeError)){$B.RAISE(_b_.TypeError,`unsupported operand type(s)`+
` for ${op}: '${$B.class_name(left)}' `+
`and '${$B.class_name(right)}'`)}
throw err}}
$B.$is=function(a,b){
switch(typeof a){case "null":
case "undefined":
case "string":
case "number":
case "boolean":
return a===b}
if($B.get_class(a)===_b_.float && $B.get_class(b)===_b_.float){if(isNaN(a.value)&& isNaN(b.value)){return true}
return a.value==b.value}else if($B.is_bytes(a)&& _b_.bytes.mp_length(a)==0 &&
$B.is_bytes(b)&& _b_.bytes.mp_length(b)==0){
return true}
return a===b}
$B.is_or_equals=function(x,y){
return $B.$is(x,y)||$B.rich_comp('__eq__',x,y)}
$B.member_func=function(obj){var klass=$B.get_class(obj),contains=$B.$getattr(klass,"__contains__",null)
if(contains !==null){return function(){return $B.$call(contains,obj,...arguments)}}
try{
var iterator=$B.make_js_iterator(obj)
return function(key){try{
for(var item of iterator){if($B.is_or_equals(key,item)){return true}}
return false}catch(err){return false}}}catch(err){
var getitem=$B.$getattr(klass,'__getitem__',null)
if(getitem !==null){return function(key){var i=-1
while(true){i++
try{
var item=getitem(obj,i)
if($B.is_or_equals(key,item)){return true}}catch(err){if($B.$is_exc(err,[_b_.StopIteration])){return false}
throw err}}}}else{
$B.RAISE(_b_.TypeError,'argument of type '+
`'${$B.class_name(obj)}' is not iterable`)}}}
$B.$is_member=function(item,_set){var contains=$B.$getattr($B.get_class(_set),'__contains__',$B.NULL)
if(contains===$B.NULL){let it
try{
it=$B.make_js_iterator(_set)}catch(err){$B.RAISE(_b_.TypeError,`argument of type '${$B.class_name(_set)}' `+
'is not a container or iterable'
)}
for(let elt of it){if($B.is_or_equals(item,elt)){return true}}
return false}
return $B.$call(contains,_set,item)}
$B.nb_call_attr=0
$B.call_attr=function(obj,attr,inum,...args){
var is_class=obj?.tp_name !==undefined
if(! is_class){var klass=$B.get_class(obj)
if(klass.tp_funcs &&
Object.hasOwn(klass.tp_funcs,attr)){var func=klass.tp_funcs[attr]
if($B.get_class(func)===$B.builtin_method){try{
return func(obj,...args)}catch(err){$B.set_inum(inum)
throw err}}}
var own_dict=$B.get_dict(obj)
if($B.get_class(klass)===_b_.type){var in_klass_dict=$B.get_dict(klass)[attr]
if(in_klass_dict?.ob_type===$B.function){$B.nb_call_attr++
if(own_dict && Object.hasOwn(own_dict,attr)){return $B.$call_with_position(own_dict[attr],inum,...args)}else{
try{
return in_klass_dict.bind(null,obj)(...args)}catch(err){$B.set_inum(inum)
throw err}}}}}
return $B.$call_with_position($B.$getattr_pep657(obj,attr,inum),inum,...args)}
var counter=0
$B.nb_call_factory=0
$B.$call_with_position=function(callable,inum,...args){var test=false 
if(test){console.log('call',callable,inum)}
try{
return $B.$call(callable,...args)}catch(err){$B.set_inum(inum)
throw err}}
$B.$call=function(callable,...args){var test=false 
if(test){console.log('call',callable,'args',args)}
if(typeof callable=='function'){var res=callable(...args)
if(callable.$in_js_module && res===undefined){return _b_.None}
return res}
if(callable.$factory){return callable.$factory(...args)}
var klass=$B.get_class(callable)
if(test){console.log('call',callable,'klass',klass,'args',args)}
var call_method=klass.tp_call
if(test){console.log('call_method',call_method)}
if(call_method===$B.NULL){$B.RAISE(_b_.TypeError,"'"+$B.class_name(callable)+
"' object is not callable")}
if(typeof call_method !=='function'){if($B.get_class(call_method).tp_call !==$B.NULL){
return $B.$call(call_method,...args)}else{
$B.RAISE(_b_.TypeError,"'"+$B.class_name(callable)+
"' object is not callable")}}
var res=call_method(callable,...args)
if(test){console.log('result of call1',res)}
if(callable.$in_js_module && res===undefined){return _b_.None}
return res}
var r_opnames=["add","sub","mul","truediv","floordiv","mod","pow","lshift","rshift","and","xor","or"]
var ropsigns=["+","-","*","/","//","%","**","<<",">>","&","^","|"]
$B.make_rmethods=function(klass){for(var r_opname of r_opnames){if(klass["__r"+r_opname+"__"]===undefined &&
klass['__'+r_opname+'__']){klass["__r"+r_opname+"__"]=(function(name){return function(self,other){return klass["__"+name+"__"](other,self)}})(r_opname)}}}
$B.UUID=function(){return $B.$py_UUID++}
$B.to_num=function(obj,methods){
var expected_class={"__complex__":_b_.complex,"__float__":_b_.float,"__index__":_b_.int,"__int__":_b_.int}
var klass=$B.get_class(obj)
for(var i=0;i < methods.length;i++){var missing={},method=$B.$getattr(klass,methods[i],missing)
if(method !==missing){var res=method(obj)
if(!$B.$isinstance(res,expected_class[methods[i]])){$B.RAISE(_b_.TypeError,methods[i]+"returned non-"+
expected_class[methods[i]].__name__+
"(type "+$B.get_class(res)+")")}
return{result:res,method:methods[i]}}}
return null}
$B.PyNumber_Index=function(item){switch(typeof item){case "boolean":
return item ? 1 :0
case "number":
case "bigint":
return item
case "object":
if($B.is_int(item)){
return item.value}
var method=$B.$getattr(item,"__index__",_b_.None)
if(method !==_b_.None){method=typeof method=="function" ?
method :$B.$getattr(method,"__call__")
return $B.int_or_bool($B.$call(method))}else{
$B.RAISE(_b_.TypeError,"'"+$B.class_name(item)+
"' object cannot be interpreted as an integer")}
default:
$B.RAISE(_b_.TypeError,"'"+$B.class_name(item)+
"' object cannot be interpreted as an integer")}}
$B.int_or_bool=function(v){switch(typeof v){case "boolean":
return v ? 1 :0
case "number":
case "bigint":
return v
default:
$B.RAISE(_b_.TypeError,"'"+$B.class_name(v)+
"' object cannot be interpreted as an integer")}}
$B.enter_frame=function(frame,__file__,lineno){
var count=$B.frame_obj===null ? 0 :$B.frame_obj.count
if(count > $B.recursion_limit){var exc=$B.EXC(_b_.RecursionError,"maximum recursion depth exceeded")
$B.set_exc(exc,frame)
throw exc}
frame.ob_type=$B.frame
frame.__file__=__file__
frame.$lineno=lineno
frame.$f_trace=_b_.None
$B.frame_obj={prev:$B.frame_obj,frame,count:count+1}
if($B.tracefunc !==_b_.None){if(frame[4]===$B.tracefunc ||
($B.tracefunc.$infos && frame[4]&&
frame[4]===$B.tracefunc.$infos.__func__)){
$B.tracefunc.$frame_id=frame[0]
frame.$f_trace=_b_.None
return}else{
var frame_obj=$B.frame_obj
while(frame_obj !==null){if(frame_obj.frame[0]==$B.tracefunc.$frame_id){frame.$f_trace=_b_.None
return}
frame_obj=frame_obj.prev}
try{
var res=$B.tracefunc(frame,'call',_b_.None)
var frame_obj=$B.frame_obj
while(frame_obj !==null){if(frame_obj.frame[4]==res){return _b_.None}
frame_obj=frame_obj.prev}
frame.$f_trace=res
return}catch(err){$B.set_exc(err,frame)
$B.frame_obj=$B.frame_obj.prev
err.$in_trace_func=true
throw err}}}}
$B.trace_exception=function(){var frame=$B.frame_obj.frame
if(frame[0]==$B.tracefunc.$current_frame_id){return _b_.None}
var trace_func=frame.$f_trace,exc=frame.$current_exception
return trace_func(frame,'exception',$B.fast_tuple([$B.get_class(exc),exc,$B.traceback.$factory(exc)]))}
$B.trace_line=function(){var frame=$B.frame_obj.frame
if(frame[0]==$B.tracefunc.$current_frame_id){return _b_.None}
var trace_func=frame.$f_trace
if(trace_func===undefined){console.log('trace line, frame',frame)}
return trace_func(frame,'line',_b_.None)}
$B.trace_return=function(value){var frame=$B.frame_obj.frame,trace_func=frame.$f_trace
if(frame[0]==$B.tracefunc.$current_frame_id){
return _b_.None}
trace_func(frame,'return',value)}
$B.leave_frame=function(arg){
if($B.frame_obj===null){return}
if(arg && arg.value !==undefined && $B.tracefunc !==_b_.None){if($B.frame_obj.frame.$f_trace===undefined){$B.frame_obj.frame.$f_trace=$B.tracefunc}
if($B.frame_obj.frame.$f_trace !==_b_.None){$B.trace_return(arg.value)}}
if($B.frame_obj===undefined){throw Error('no frame_obj')}
var frame=$B.frame_obj.frame
if(frame.$coroutine){if(! frame.$coroutine.$sent){var cname=frame.$coroutine.$func.$function_infos[$B.func_attrs.__name__]
var message=$B.EXC(_b_.RuntimeWarning,`coroutine '${cname}' was never awaited`)
message.lineno=frame.$coroutine.$lineno
$B.module_getattr($B.imported._warnings,'warn')(message)}}
$B.frame_obj=$B.frame_obj.prev
if(frame.$has_generators){for(var key in frame[1]){if(frame[1][key]&& $B.get_class(frame[1][key])===$B.generator){var gen=frame[1][key]
if(gen.$frame===undefined){continue}
var ctx_managers=gen.$frame[1].$context_managers
if(ctx_managers){for(var cm of ctx_managers){$B.$call($B.$getattr(cm,'__exit__'),_b_.None,_b_.None,_b_.None)}}}}}
if(frame.$current_exception){delete frame.$current_exception}
return _b_.None}
$B.trace_return_and_leave=function(frame,return_value){if(frame.$f_trace !==_b_.None){$B.trace_return(return_value)}
$B.leave_frame()
return return_value}
$B.push_frame=function(frame){var count=$B.frame_obj===null ? 0 :$B.frame_obj.count
return{
prev:$B.frame_obj,frame,count:count+1}}
var reversed_op={"__lt__":"__gt__","__le__":"__ge__","__gt__":"__lt__","__ge__":"__le__"}
var method2comp={"__lt__":"<","__le__":"<=","__gt__":">","__ge__":">="}
$B.rich_comp=function(op,x,y){
var x1=x?.valueOf ? x.valueOf():x,y1=y?.valueOf ? y.valueOf():y
if((typeof x1=="number" ||typeof x1=="bigint")&&
(typeof y1=="number" ||typeof y1=="bigint")){switch(op){case "__eq__":
return x1==y1
case "__ne__":
return x1 !=y1
case "__le__":
return x1 <=y1
case "__lt__":
return x1 < y1
case "__ge__":
return x1 >=y1
case "__gt__":
return x1 > y1}}
var res
if(x !==null && $B.is_type(x)&& $B.get_class(x)===_b_.type){if(op=="__eq__"){return(x===y)}else if(op=="__ne__"){return !(x===y)}else{
$B.RAISE(_b_.TypeError,"'"+method2comp[op]+
"' not supported between instances of '"+$B.class_name(x)+
"' and '"+$B.class_name(y)+"'")}}
var rev_op=reversed_op[op]||op,y_rev_func
if(x?.ob_type && y?.ob_type){
if($B.get_mro(y.ob_type).indexOf(x.ob_type)>-1){y_rev_func=$B.$getattr($B.get_class(y),rev_op)
res=$B.$call(y_rev_func,y,x)
if(res !==_b_.NotImplemented){return res}}}
var in_mro=$B.search_in_mro($B.get_class(x),op)
if(in_mro===undefined){$B.RAISE(_b_TypeError,`no attribute ${op}`)}
var getter=$B.get_class(in_mro).tp_descr_get
if(getter){var comp_func=getter(in_mro,x)
res=$B.$call(comp_func,y)}else{
if(typeof in_mro !=='function'){var call_in_mro=$B.search_slot($B.get_class(in_mro),'tp_call')
if(call_in_mro){res=call_in_mro(in_mro,x,y)}else{
$B.RAISE(_b_.TypeError,`not callable {op}`)}}else{
try{
res=in_mro(x,y)}catch(err){console.log('error, in_mro',in_mro,'x',x,'y',y)
throw err}}}
var test=false 
if(test){console.log('rich comp',x,y,op,'res',res)
console.log('in mro',in_mro)}
if(res !==_b_.NotImplemented){return res}
if(y_rev_func===undefined){
y_rev_func=$B.$getattr($B.get_class(y),rev_op)
res=$B.$call(y_rev_func,y,x)
if(res !==_b_.NotImplemented ){return res}}
if(op=="__eq__"){return x===y}else if(op=="__ne__"){return x !==y}
$B.RAISE(_b_.TypeError,"'"+method2comp[op]+
"' not supported between instances of '"+$B.class_name(x)+
"' and '"+$B.class_name(y)+"'")}
var opname2opsign={__sub__:"-",__xor__:"^",__mul__:"*",__and__:'&',__or__:'|'}
$B.get_position_from_inum=function(inum){
if($B.frame_obj !==null){var frame=$B.frame_obj.frame
if(frame.positions){return frame.positions[Math.floor(inum/2)]}}}
$B.rich_op=function(op,x,y,inum){try{
return $B.rich_op1(op,x,y)}catch(exc){$B.set_inum(inum)
throw exc}}
$B.rich_op1=function(op,x,y){
var res_is_int,res_is_float,x_num,y_num
if(typeof x=="number"){x_num=x
if(typeof y=="number"){res_is_int=true
y_num=y}else if(y.ob_type===_b_.float){res_is_float=true
y_num=y.value}}else if(x.ob_type===_b_.float){x_num=x.value
if(typeof y=="number"){y_num=y
res_is_float=true}else if(y.ob_type===_b_.float){res_is_float=true
y_num=y.value}}
if(res_is_int ||res_is_float){var z
switch(op){case "__add__":
z=x_num+y_num
break
case "__sub__":
z=x_num-y_num
break
case "__mul__":
z=x_num*y_num
break
case '__pow__':
if(res_is_int && y_num >=0){return _b_.int.$int_or_long(BigInt(x_num)**BigInt(y_num))}
break
case "__truediv__":
if(y_num==0){$B.RAISE(_b_.ZeroDivisionError,"division by zero")}
z=x_num/y_num
return{ob_type:_b_.float,value:z}}
if(z){if(res_is_int && Number.isSafeInteger(z)){return z}else if(res_is_float){return{ob_type:_b_.float,value:z}}}}else if(typeof x=="string" && typeof y=="string" && op=="__add__"){return x+y}
var x_type=$B.get_class(x),y_type=$B.get_class(y)
var rop='__r'+op.substr(2),method
if(x_type===y_type){
method=$B.$getattr(x_type,op,$B.NULL)
if(method===$B.NULL){var kl_name=$B.class_name(x)
$B.RAISE(_b_.TypeError,"unsupported operand type(s) "+
"for "+opname2opsign[op]+": '"+kl_name+"' and '"+
kl_name+"'")}
var same_res=$B.$call(method,x,y)
if(same_res===_b_.NotImplemented){if(op=='__mul__' && x_type.$is_sequence){$B.RAISE(_b_.TypeError,"can't multiply sequence by "+
`non-int of type '${$B.class_name(y)}'`)}
$B.RAISE(_b_.TypeError,"unsupported operand type(s) "+
"for "+$B.method_to_op[op]+": '"+$B.class_name(x)+
"' and '"+$B.class_name(y)+"'")}
return same_res}
if(_b_.issubclass(y_type,x_type)){
var reflected_left=$B.$getattr(x_type,rop,false),reflected_right=$B.$getattr(y_type,rop,false)
if(reflected_right && reflected_left &&
reflected_right !==reflected_left){return $B.$call(reflected_right,y,x)}}
if(op=='__mul__'){if(x_type.$is_sequence && $B.$isinstance(y,[_b_.float,_b_.complex])){$B.RAISE(_b_.TypeError,"can't multiply sequence by "+
`non-int of type '${$B.class_name(y)}'`)}
if(y_type.$is_sequence && $B.$isinstance(x,[_b_.float,_b_.complex])){$B.RAISE(_b_.TypeError,"can't multiply sequence by "+
`non-int of type '${$B.class_name(x)}'`)}}
var res
var fail
var op_method=$B.search_in_mro(x_type,op,$B.NULL)
var test=false 
if(test){console.log('x',x,'op',op,'op_method',op_method)}
if(op_method !==$B.NULL){if(test){console.log('type(op_method) has __get__ ?',_b_.hasattr(op_method,'__get__'))}
var getter=$B.$getattr($B.get_class(op_method),'__get__',$B.NULL)
if(test){console.log(x,'getter',getter)}
if(getter !==$B.NULL){op_method=$B.$call(getter,op_method,$B.NULL)}
res=$B.$call(op_method,x,y)
if(res !==_b_.NotImplemented){return res}}
var rop_method=$B.search_in_mro(y_type,rop,$B.NULL)
if(rop_method !==$B.NULL){res=$B.$call(rop_method,y,x)
if(res !==_b_.NotImplemented){return res}}
$B.RAISE(_b_.TypeError,`unsupported operand type(s) for ${$B.method_to_op[op]}:`+
` '${$B.class_name(x)}' and '${$B.class_name(y)}'`)}
$B.is_none=function(o){return o===undefined ||o===null ||o==_b_.None}
var repr_stack=new Set()
$B.repr={enter:function(obj){var obj_id=_b_.id(obj)
if(repr_stack.has(obj_id)){return true}else{
repr_stack.add(obj_id)
if(repr_stack.size > $B.recursion_limit){repr_stack.clear()
$B.RAISE(_b_.RecursionError,"maximum recursion depth "+
"exceeded while getting the repr of an object")}}},leave:function(obj){repr_stack.delete(_b_.id(obj))}}})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
_b_[$B.OB_TYPE]=_b_.dict
var object=_b_.object
$B.time_object_getattribute=0
$B.time_getattribute=0
$B.time_search_slot=0
$B.builtin_object_getattro=function(self,klass,attr){var test=false 
var klass=$B.get_class(self)
if(test){console.log('getattr',attr,'of self',self,klass)
console.log(Error('trace').stack)
if(self.jsobj){console.log('in jsobj',self.jsobj[attr])}
if(klass.js_class){console.log('in js_class',klass.js_class.prototype[attr])}}
var in_mro=$B.search_in_mro(klass,attr,$B.NULL)
if(test){console.log('in mro',in_mro)
if(in_mro !==$B.NULL){console.log('class of in_mro',$B.get_class(in_mro))}}
if(in_mro !==$B.NULL &&
$B.get_class(in_mro)===$B.function &&((! $B.get_dict(self))||$B.get_from_dict(self,attr,$B.NULL)===$B.NULL)){return $B.method.tp_new($B.method,[in_mro,self])}
var getter=$B.NULL
if(in_mro !==$B.NULL){var in_mro_class=$B.get_class(in_mro)
var getter=in_mro_class.tp_descr_get
if(test){console.log('getter',getter)}
if(getter !==$B.NULL){var is_data_descr=in_mro_class.tp_descr_set !==$B.NULL
if(is_data_descr){if(test){console.log('data descriptor')
console.log('call getter with',in_mro,self,klass)}
var res=getter(in_mro,self,klass)
if(test){console.log('res',res)}
return res}}}
var in_dict=$B.search_in_dict(self,attr,$B.NULL)
if(test){console.log('in object dict',in_dict,'\n    type',$B.get_class(in_dict))}
if(in_dict !==$B.NULL){return in_dict}else if(getter !==$B.NULL){
if(typeof getter !=='function'){console.log('not a function',getter)
console.log('class of in_mro',in_mro_class)}
if(test){console.log('call getter of non-data descr',in_mro,self,klass)}
klass.$fast_attr=klass.$fast_attr ??{}
klass.$fast_attr[attr]=function(self){return getter(in_mro,self,klass)}
$B.nb_obj_ga++
return getter(in_mro,self,klass)}else if(in_mro !==$B.NULL){if(test){console.log('return in_mro',in_mro)}
return in_mro}
if(test){console.log('attr',attr,'not found on self',self)
console.log('self[attr]',self[attr])}
return $B.NULL}
$B.object_getattribute=function(obj,klass,attr){var test=false 
if(test){console.log('klass',klass,'attr',attr)}
if(! klass.$getattribute){console.log('no $getattribute',klass)}
var getattribute=klass.$getattribute ?? $B.search_slot(klass,'tp_getattro',$B.NULL)
if(test){console.log('attr',attr,'of obj',obj,'klass',klass,'\n  getattribute',getattribute)}
var res
try{
res=getattribute(obj,attr)}catch(err){$B.RAISE_IF_NOT(err,_b_.AttributeError)
res=$B.NULL}
return res}
object.$new=function(cls){return function(){var $=$B.args('__new__',0,[],arguments,null,'args','kwargs')
if($.args.length > 0 ||_b_.dict.mp_length($.kwargs)> 0){$B.RAISE(_b_.TypeError,"object() takes no parameters")}
var res=Object.create(null)
res.ob_type=cls
if(cls !==object){$B.set_dict(res,$B.obj_dict({}))}
return res}}
object.$no_new_init=function(cls){
var res=Object.create(null)
res.ob_type=cls
if(cls !==object){$B.set_dict(res,$B.obj_dict({}))}
return res}
function getNewArguments(self,klass){
var newargs_ex=$B.$getattr(klass,'__getnewargs_ex__',null)
if(newargs_ex !==null){let newargs=$B.$call(newargs_ex,self)
if((! newargs)||$B.get_class(newargs)!==_b_.tuple){$B.RAISE(_b_.TypeError,"__getnewargs_ex__ should "+
`return a tuple, not '${$B.class_name(newargs)}'`)}
if(newargs.length !=2){$B.RAISE(_b_.ValueError,"__getnewargs_ex__ should "+
`return a tuple of length 2, not ${newargs.length}`)}
let args=newargs[0],kwargs=newargs[1]
if((! args)||$B.get_class(args)!==_b_.tuple){$B.RAISE(_b_.TypeError,"first item of the tuple returned "+
`by __getnewargs_ex__ must be a tuple, not '${$B.class_name(args)}'`)}
if((! kwargs)||$B.get_class(kwargs)!==_b_.dict){$B.RAISE(_b_.TypeError,"second item of the tuple returned "+
`by __getnewargs_ex__ must be a dict, not '${$B.class_name(kwargs)}'`)}
return{args,kwargs}}
let newargs=klass.$getnewargs,args
if(! newargs){newargs=$B.$getattr(klass,'__getnewargs__',null)}
if(newargs){args=$B.$call(newargs,self)
if((! args)||$B.get_class(args)!==_b_.tuple){$B.RAISE(_b_.TypeError,"__getnewargs__ should "+
`return a tuple, not '${$B.class_name(args)}'`)}
return{args}}}
object.$factory=function(){if(arguments.length > 0 ||
(arguments.length==1 && arguments[0].$kw &&
Object.keys(arguments[0].$kw).length > 0)
){$B.RAISE(_b_.TypeError,'object() takes no arguments')}
var res={ob_type:object},args=[res]
object.tp_init.apply(null,args)
return res}
_b_.object.tp_richcompare=function(self,other,op){var res
switch(op){case '__eq__':
res=$B.$is(self,other)? true :_b_.NotImplemented
break
case '__ne__':
var self_richcomp=$B.$getattr($B.get_class(self),'__eq__',$B.NULL)
if(self_richcomp===$B.NULL){res=_b_.NotImplemented}else{
res=$B.$call(self_richcomp,self,other)
if(res !==_b_.NotImplemented){return ! $B.$bool(res)}
return res}
break
default:
res=_b_.NotImplemented
break}
return res}
_b_.object.tp_setattro=function(self,attr,value){var test=false 
var klass=$B.get_class(self)
if(! $B.is_str(attr)){$B.RAISE(_b_.TypeError,"attribute name must be string, not '"+
$B.class_name(attr)+"'")}
var in_mro=$B.search_in_mro(klass,attr,$B.NULL)
if(test){console.log('object.tp_setattro',self,attr,value)}
if(value===$B.NULL){
if(test){console.log('in mro',in_mro,'has delete',_b_.hasattr(in_mro,'__delete__'))}
if(in_mro !==$B.NULL && _b_.hasattr(in_mro,'__delete__')){return $B.$call($B.$getattr(in_mro,'__delete__'),self)}
var dict=$B.get_dict(self)
if(dict && $B.is_dict(dict)&&
$B.str_dict_contains(dict,attr)){_b_.dict.$delete_string(dict,attr)
delete self[attr]
return _b_.None}
throw $B.attr_error(attr,self)}
if(value===undefined){
$B.RAISE(_b_.TypeError,"can't set attributes of built-in/extension type 'object'")}else if(klass===object){
if(object[attr]===undefined){throw $B.attr_error(attr,self)}else{
$B.RAISE_ATTRIBUTE_ERROR(
"'object' object attribute '"+attr+"' is read-only",self,attr)}}
if(in_mro !==$B.NULL){if(test){console.log(attr,'in class mro',in_mro,$B.get_class(in_mro))}
var setter=$B.get_class(in_mro).tp_descr_set
if(test){console.log('setter',setter)}
if(setter !==$B.NULL){if(test){console.log('setter',setter)}
return setter(in_mro,self,value)}}
var slots=$B.get_from_dict(klass,'__slots__',$B.NULL)
if(slots !==$B.NULL){if(_b_.tuple.sq_contains(slots,attr)){self.slot_values[attr]=value}}
var dict=$B.get_dict(self)
if(! dict && klass.$slots_has_dict){self[$B.DICT]=$B.empty_dict()
dict=self[$B.DICT]}
if(dict){_b_.dict.$setitem(dict,attr,value)}else{
var exc=$B.attr_error(attr,self)
exc.args[0]=`'${$B.get_name(klass)}' object has no attribute `+
`'${attr}' and no __dict__ for setting new attributes`
throw exc}
return _b_.None}
_b_.object.tp_repr=function(self){var klass=$B.get_class(self)
if(klass===_b_.type){return "<class '"+$B.get_name(self)+"'>"}
var module=klass.__module__
if(module !==undefined && !module.startsWith("$")&&
module !=="builtins"){return `<${module}.${$B.class_name(self)} object>`}else{
return "<"+$B.class_name(self)+" object>"}}
_b_.object.tp_hash=function(self){var hash=self.__hashvalue__
if(hash !==undefined){return hash}
return self.__hashvalue__=$B.$py_next_hash--}
_b_.object.tp_str=function(self){if(arguments.length===0){$B.RAISE(_b_.TypeError,"descriptor '__str__' of 'object' "+
"object needs an argument")}
var klass=$B.get_class(self)
if($B.is_builtin_type(klass)){var tp_repr=$B.builtin_slot(klass,'tp_repr')
return tp_repr(self)}
var repr_func=$B.$getattr(klass,"__repr__",$B.NULL)
return $B.$call(repr_func,self)}
$B.time_object_tp_getattro=0
_b_.object.tp_getattro=function(self,attr){var test=false 
var klass=$B.get_class(self)
if(test){console.log('getattr',attr,'of self',self,klass)
if(self.jsobj){console.log('in jsobj',self.jsobj[attr])}
if(klass.js_class){console.log('in js_class',klass.js_class.prototype[attr])}}
var in_mro=$B.search_in_mro(klass,attr,$B.NULL)
if(test){console.log('in mro',in_mro)
if(in_mro !==$B.NULL){console.log('class of in_mro',$B.get_class(in_mro))}}
if(in_mro !==$B.NULL &&
$B.get_class(in_mro)===$B.function &&((! $B.get_dict(self))||$B.get_from_dict(self,attr,$B.NULL)===$B.NULL)){return $B.method.tp_new($B.method,[in_mro,self])}
var getter=$B.NULL
if(in_mro !==$B.NULL){var in_mro_class=$B.get_class(in_mro)
var getter=in_mro_class.tp_descr_get
if(test){console.log('getter',getter)}
if(getter !==$B.NULL){var is_data_descr=in_mro_class.tp_descr_set !==$B.NULL
if(is_data_descr){if(test){console.log('data descriptor')
console.log('call getter with',in_mro,self,klass)}
var res=getter(in_mro,self,klass)
if(test){console.log('res',res)}
return res}}}
var in_dict=$B.search_in_dict(self,attr,$B.NULL)
if(test){console.log('in object dict',in_dict,'\n    type',$B.get_class(in_dict))}
if(in_dict !==$B.NULL){return in_dict}else if(getter !==$B.NULL){
if(typeof getter !=='function'){console.log('not a function',getter)
console.log('class of in_mro',in_mro_class)}
if(test){console.log('call getter of non-data descr',in_mro,self,klass)}
klass.$fast_attr=klass.$fast_attr ??{}
klass.$fast_attr[attr]=function(self){return getter(in_mro,self,klass)}
$B.nb_obj_ga++
return getter(in_mro,self,klass)}else if(in_mro !==$B.NULL){if(test){console.log('return in_mro',in_mro)}
return in_mro}
if(test){console.log('attr',attr,'not found on self',self)
console.log('self[attr]',self[attr])}
return $B.NULL}
_b_.object.tp_init=function(){var[args,kw]=$B.parse_args_kw('__init__',arguments)
if(args.length==0){$B.RAISE(_b_.TypeError,"descriptor '__init__' of 'object' "+
"object needs an argument")}else if(args.length > 1 ||_b_.len(kw)> 0){var self=args[0]
var type=$B.get_class(self)
var self_init=type.tp_init
if(self_init !==_b_.object.tp_init){$B.RAISE(_b_.TypeError,`object.__init__() takes exactly `+
`one argument (the instance to initialize)`
)}
if($B.search_slot(type,'tp_new',$B.NULL)===object.tp_new){$B.RAISE(_b_.TypeError,`${$B.get_name(type)}.__init__() takes exactly one `+
`argument (the instance to initialize)`
)}}
return _b_.None}
_b_.object.tp_new=function(cls,args,kw){if(! $B.is_type(cls)){$B.RAISE(_b_.TypeError,`object.__new__(X): X is not a type object (${$B.class_name(cls)})`)}
if(args.length > 0 ||! $B.str_dict_empty(kw)){if(cls.tp_new !==_b_.object.tp_new){$B.RAISE(_b_.TypeError,"object.__new__() takes exactly one argument "+
"(the type to instantiate)"
)}
if(cls.tp_init===_b_.object.tp_init){$B.RAISE(_b_.TypeError,`${$B.get_name(cls)} takes no arguments`)}}
if(cls.tp_flags & $B.TPFLAGS.IS_ABSTRACT){var abstractmethods=_b_.type.tp_funcs.__abstractmethods___get(cls)
var am=Array.from($B.make_js_iterator(abstractmethods))
am.sort()
var plural=am.length==1 ? '' :'s'
$B.RAISE(_b_.TypeError,`Can't instantiate abstract class ${$B.get_name(cls)} `+
`without an implementation for abstract method${plural} `+
am.map(m=> `'${m}'`).join(', ')
)}
var res={ob_type:cls}
for(var klass of cls.tp_mro){if(klass.tp_flags & $B.TPFLAGS.HEAPTYPE &&
($B.get_from_dict(klass,'__slots__',$B.NULL)===$B.NULL ||
klass.$slots_has_dict)){$B.init_dict(res)
break}}
return res}
var object_funcs=_b_.object.tp_funcs={}
object_funcs.__class___get=function(self){return $B.get_class(self)}
object_funcs.__class___set=function(cls,new_cls){if(new_cls==$B.NULL){$B.RAISE(_b_.TypeError,"can't delete __class__ attribute")}
var old_cls=$B.get_class(cls)
if(!(_b_.issubclass(new_cls,$B.module)&&
_b_.issubclass(old_cls,$B.module))&&
($B._PyType_HasFeature(new_cls,$B.TPFLAGS.IMMUTABLETYPE)||
$B._PyType_HasFeature(old_cls,$B.TPFLAGS.IMMUTABLETYPE))){$B.RAISE(_b_.TypeError,"__class__ assignment only supported for mutable types "+
"or ModuleType subclasses")}
if(! $B.is_type(new_cls)){$B.$RAISE(_b_.TypeError,"__class__ must be set to a class,"+
` not '${$B.class_name(new_cls)}' object"`)}
cls.ob_type=new_cls}
object_funcs.__dir__=function(self){var result
var dict
var itsclass
dict=$B.get_dict(self)
var temp
if(dict==undefined){temp=$B.empty_dict()}else if(! $B.is_dict(dict)){temp=$B.empty_dict()}else{
var temp=_b_.dict.tp_funcs.copy(dict)}
if(temp==undefined){$B.RAISE(_b_.ValueError,'no __dir__')}
itsclass=$B.get_class(self)
if(itsclass !=$B.NULL){$B.merge_class_dict(temp,itsclass)}
result=$B.$list(Array.from($B.make_js_iterator(temp)))
return result}
object_funcs.__format__=function(){var $=$B.args("__format__",2,{self:null,spec:null},arguments)
var self=$.self,spec=$.spec
if(spec !==""){$B.RAISE(_b_.TypeError,"non-empty format string passed to object.__format__"
)}
return _b_.str.$factory(self)}
object_funcs.__getstate__=function(self){var dict=$B.get_dict(self)
var sd=null
for(var k in self){if(k.startsWith('slot_value_')&& self[k]!==undefined){if(sd===null){sd=$B.empty_dict()}
_b_.dict.$setitem(sd,k.slice(11),self[k])}}
if(sd !==null){var d1=(dict !==undefined && dict !==null &&
_b_.dict.mp_length(dict)> 0)? dict :_b_.None
return $B.fast_tuple([d1,sd])}
return dict===undefined ? _b_.None :dict}
object_funcs.__init_subclass__=function(self){
var $=$B.args("__init_subclass__",1,{cls:null},arguments,null,"args","kwargs")
if($.args.length > 0){var qualname=$B.$getattr($.cls,'__qualname__','<type>')
$B.RAISE(_b_.TypeError,`${qualname}.__init_subclass__ takes no arguments `+
`(${$.args.length} given)`)}
if(_b_.dict.mp_length($.kwargs)> 0){var qualname=$B.$getattr($.cls,'__qualname__','<type>')
$B.RAISE(_b_.TypeError,`${qualname}.__init_subclass__() `+
`takes no keyword arguments`)}
return _b_.None}
object_funcs.__reduce__=function(cls){if(! $B.get_dict(cls)){$B.RAISE(_b_.TypeError,`cannot pickle '${$B.class_name(cls)}' object`)}
if($B.imported.copyreg===undefined){$B.import('copyreg')}
var res=[$B.module_getattr($B.imported.copyreg,'_reconstructor')]
var D=$B.get_class(cls),B=object
for(var klass of $B.get_mro(D)){if(klass.__module__=='builtins'){B=klass
break}}
var args=$B.$list([D,B])
if(B===object){args.push(_b_.None)}else{
args.push($B.$call(B,cls))}
res.push($B.fast_tuple(args))
var d=$B.empty_dict()
for(var entry of _b_.dict.$iter_items($B.get_dict(cls))){$B.str_dict_set(d,entry.key,entry.value)}
res.push(d)
return _b_.tuple.$factory(res)}
object_funcs.__reduce_ex__=function(self,protocol){var klass=$B.get_class(self)
var reduce=$B.$getattr(klass,'__reduce__')
var reduce_is_default=(reduce===object.tp_funcs.__reduce__)||
(reduce.ob_type===$B.method_descriptor &&
reduce.method===object.tp_funcs.__reduce__)
if(! reduce_is_default){return $B.$call(reduce,self)}
if($B.imported.copyreg===undefined){$B.import('copyreg')}
if(protocol < 2){var _reduce_ex=$B.module_getattr($B.imported.copyreg,'_reduce_ex')
return $B.$call(_reduce_ex,self,protocol)}
var res=[$B.module_getattr($B.imported.copyreg,'__newobj__')]
var arg2=[klass]
var newargs=getNewArguments(self,klass)
if(! newargs && klass !==object && $B.is_builtin_type(klass)){
$B.RAISE(_b_.TypeError,`cannot pickle '${$B.class_name(self)}' object`)}
if(newargs){if(newargs.kwargs && _b_.dict.mp_length(newargs.kwargs)> 0){res=[$B.module_getattr($B.imported.copyreg,'__newobj_ex__')]
arg2=[klass,newargs.args,newargs.kwargs]}else{
arg2=arg2.concat(newargs.args)}}
res.push($B.fast_tuple(arg2))
var getstate=$B.search_in_mro(klass,'__getstate__')
if(getstate){var d=$B.$call(getstate,self)}else{
var d=$B.empty_dict(),nb=0
if($B.get_dict(self)){for(var item of _b_.dict.$iter_items($B.get_dict(self))){if(item.key=="__class__" ||item.key.startsWith("$")){continue}
_b_.dict.$setitem(d,item.key,item.value)
nb++}}
if(nb==0){d=_b_.None}}
res.push(d)
var list_like_iterator=_b_.None
if($B.$getattr(klass,'append',null)!==null &&
$B.$getattr(klass,'extend',null)!==null){list_like_iterator=_b_.iter(self)}
res.push(list_like_iterator)
var key_value_iterator=_b_.None
if($B.is_dict(self)){
key_value_iterator=_b_.iter(_b_.dict.tp_funcs.items(self))}
res.push(key_value_iterator)
return $B.fast_tuple(res)}
object_funcs.__sizeof__=function(self){
return 16}
object_funcs.__subclasshook__=function(self){return _b_.NotImplemented}
_b_.object.functions_or_methods=["__new__"]
_b_.object.tp_methods=["__reduce_ex__","__reduce__","__getstate__","__subclasshook__","__init_subclass__","__format__","__sizeof__","__dir__"
]
_b_.object.classmethods=["__init_subclass__"]
_b_.object.tp_getset=["__class__"]
$B.set_func_names(object,"builtins")})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
const TPFLAGS=$B.TPFLAGS 
$B.$class_constructor=function(qualname,dict,metaclass,resolved_bases,bases,extra_kwargs){var test=false 
if(test){console.log('class constructor',class_name,'dict',dict)
console.log('metaclass',metaclass)}
if(metaclass.tp_mro===undefined){console.log('no mro in metaclass',metaclass)}
let class_name=$B.last(qualname.split('.'))
for(var base of bases){if(base.tp_flags !==undefined &&
!(base.tp_flags & TPFLAGS.BASETYPE)){$B.RAISE(_b_.TypeError,`type '${$B.$getattr(base, '__qualname__')}' `+
`is not an acceptable base type`)}}
delete extra_kwargs.metaclass
var classdef_frame=$B.frame_obj.prev.frame
var module=classdef_frame[2]
if(Object.hasOwn(classdef_frame[1],'__name__')){module=classdef_frame[1].__name__}
$B.str_dict_set(dict,'__module__',module)
$B.str_dict_set(dict,'__qualname__',class_name)
if($B.str_dict_get(dict,'__eq__',$B.NULL)!==$B.NULL &&
$B.str_dict_get(dict,'__hash__',$B.NULL)===$B.NULL){$B.str_dict_set(dict,'__hash__',_b_.None)}
var slots=$B.str_dict_get(dict,'__slots__',$B.NULL)
if(slots !==$B.NULL){if(typeof slots=="string"){slots=[slots]}else{
for(let item of $B.make_js_iterator(slots)){if(typeof item !='string'){$B.RAISE(_b_.TypeError,'__slots__ items must be '+
`strings, not '${$B.class_name(item)}'`)}}}
$B.str_dict_set(dict,'__slots__',slots)}
set_type_new(dict)
var meta_new=metaclass.tp_new
if(test){console.log('metaclass',metaclass,'meta_new',meta_new)}
var kls
try{
if(meta_new.$is_slot){try{
kls=meta_new(metaclass,[class_name,resolved_bases,dict],$B.obj_dict(extra_kwargs))}catch(err){throw err}}else{
kls=$B.$call(meta_new,metaclass,class_name,resolved_bases,dict,{$kw:[extra_kwargs]})}}catch(err){if(test){console.log('error in meta_new',meta_new,extra_kwargs)}
throw err}
if(kls.$getattribute===undefined){$B.make_getattr(kls)}
if($B.get_class(kls)===metaclass){
var meta_init=_b_.type.tp_getattro(metaclass,"__init__")
$B.$call(meta_init,kls,class_name,resolved_bases,dict,{$kw:[extra_kwargs]})}
if(test){console.log('kls',kls)}
kls.ht_qualname=qualname
return kls}
function set_type_new(dict){
var new_func=$B.str_dict_get(dict,'__new__',$B.NULL)
if(new_func !==$B.NULL){if($B.get_class(new_func)===$B.function){$B.str_dict_set(dict,'__new__',_b_.staticmethod.$factory(new_func))}}}
function set_type_getattro(cls){
var getattribute=$B.get_from_dict(cls,'__getattribute__',$B.NULL)
var getattr=$B.search_in_mro(cls,'__getattr__',$B.NULL)
if(getattribute===$B.NULL && getattr===$B.NULL){if(cls.tp_base===undefined){console.log('no tp_base',cls)}
cls.tp_getattro=cls.tp_base.tp_getattro ?? _b_.object.tp_getattro
if(cls.tp_getattro===undefined){console.log('no tp_getattro from base',cls)}}else if(getattr===$B.NULL){cls.tp_getattro=function tp_getattro(){return $B.$call(getattribute,...arguments)}}else if(getattribute===$B.NULL){cls.tp_getattro=function tp_getattro(){var res=cls.tp_base.tp_getattro(...arguments)
if(res===$B.NULL){return $B.$call(getattr,...arguments)}}}else{
cls.tp_getattro=function tp_getattro(){var res
try{
return $B.$call(getattribute,...arguments)}catch(err){$B.RAISE_IF_NOT(err,_b_.AttributeError)
return $B.$call(getattr,...arguments)}}}}
function current_module(){if($B.frame_obj===null){return '<unknown>'}
return $B.frame_obj.frame[2]}
$B.get_metaclass=function(class_name,bases,kw_meta){
var metaclass
if(kw_meta===undefined && bases.length==0){return _b_.type}else if(kw_meta){if(! $B.$isinstance(kw_meta,_b_.type)){return kw_meta}
metaclass=kw_meta}
if(bases && bases.length > 0){for(var base of bases){var mc=$B.get_class(base)
if(metaclass===undefined){metaclass=mc}else if(mc===metaclass ||_b_.issubclass(metaclass,mc)){}else if(_b_.issubclass(mc,metaclass)){metaclass=mc}else if(metaclass.tp_bases &&
metaclass.tp_bases.indexOf(mc)==-1){$B.RAISE(_b_.TypeError,"metaclass conflict: the "+
"metaclass of a derived class must be a (non-"+
"strict) subclass of the metaclasses of all its bases")}}}else{
metaclass=metaclass ||_b_.type}
return metaclass}
function calculate_metaclass(metatype,bases){
var winner=metatype
for(let tmp of bases){var tmptype=$B.get_class(tmp)
if(_b_.issubclass(winner,tmptype)){continue}
if(_b_.issubclass(tmptype,winner)){winner=tmptype
continue}
$B.RAISE(_b_.TypeError,"metaclass conflict: the metaclass of a derived class must be "+
"a (non-strict) subclass of the metaclasses of all its bases"
)}
return winner}
function shape_differs(t1,t2){console.log('shape differs',t1,t2)
return(
t1.tp_basicsize !=t2.tp_basicsize ||
t1.tp_itemsize !=t2.tp_itemsize
)}
function solid_base(type){var base
if(type.tp_base){base=solid_base(type.tp_base)}else{
base=_b_.object}
try{
var slots=$B.search_in_dict(type,'__slots__',$B.NULL)}catch(err){console.log('error searching __slots__ in type',type)
throw err}
if(slots !==$B.NULL && slots.length > 0){return type}
return base}
function best_base(bases,ctx){var test=false 
var n=bases.length
var base,winner,candidate
for(let base_i of bases){if(! $B.is_type(base_i)){$B.RAISE(_b_.TypeError,"bases must be types")}
if(base_i.tp_flags !==undefined &&
!(base_i.tp_flags & TPFLAGS.BASETYPE)){$B.RAISE(_b_.TypeError,`type '${base.__name__}' is not an acceptable base type`)}
candidate=solid_base(base_i)
if(test){console.log('base_i',base_i,'candidate',candidate,'winner',winner,'base',base)}
if(winner==undefined){winner=candidate
base=base_i}else if(_b_.issubclass(winner,candidate)){}else if(_b_.issubclass(candidate,winner)){winner=candidate
base=base_i}else{
$B.RAISE(_b_.TypeError,"multiple bases have instance lay-out conflict")}}
if(test){console.log('base',base)}
return base}
function type_new_get_bases(ctx,type){var nbases=ctx.bases.length
if(nbases==0){
ctx.base=_b_.object
ctx.bases=$B.fast_tuple([_b_.object])
return 0}
for(let base of ctx.bases){if($B.is_type(base)){continue}
var rc=$B.search_in_mro(base,'__mro_entries__',$B.NULL)
if(rc===$B.NULL){return-1}
if(rc){$B.RAISE(_b_.TypeError,"type() doesn't support MRO entry resolution; "+
"use types.new_class()"
)}}
var winner=calculate_metaclass(ctx.metatype,ctx.bases)
if(winner !==ctx.metatype){var winner_new_func=winner.tp_new
var type_new_func=type.tp_new
if(winner_new_func !==type_new_func){
if(winner_new_func.$is_slot){type=winner_new_func(winner,ctx.args,ctx.kwds)}else{
type=winner_new_func(winner,...ctx.args,$B.dict2kwarg(ctx.kwds))}
return{type}}
ctx.metatype=winner}
ctx.base=best_base(ctx.bases,ctx)
return 0}
$B.make_class_namespace=function(metaclass,class_name,qualname,orig_bases,bases){
var prepare=$B.$getattr(metaclass,"__prepare__",$B.NULL)
if(prepare===$B.NULL){$B.RAISE(_b_.TypeError,'metaclass has no __prepare__')}
var class_dict=$B.$call(prepare,class_name,bases)
var is_dict=$B.is_dict(class_dict)
if(! is_dict &&
$B.$getattr($B.get_class(class_dict),'__getitem__',$B.NULL)===
$B.NULL){$B.RAISE(_b_.TypeError,`${$B.get_name(metaclass)}.__prepare__() must return a mapping, `+
`not ${$B.class_name(class_dict)}`)}
var set_key=is_dict ?
(key,value)=> $B.str_dict_set(class_dict,key,value):
(key,value)=> $B.$setitem(class_dict,key,value)
if(orig_bases !==bases){set_key('__orig_bases__',orig_bases)}
if(is_dict && ! $B.hasOnlyStringKeys(class_dict)){$B.warn(_b_.RuntimeWarning,`non-string key in the __dict__ of class ${class_name}`)}
return class_dict}
$B.resolve_mro_entries=function(bases){
var new_bases=[],has_mro_entries=false
for(var base of bases){if(! $B.$isinstance(base,_b_.type)){var mro_entries=$B.$getattr(base,"__mro_entries__",_b_.None)
if(mro_entries !==_b_.None){has_mro_entries=true
var entries=_b_.list.$factory($B.$call(mro_entries,bases))
new_bases=new_bases.concat(entries)}else{
new_bases.push(base)}}else{
new_bases.push(base)}}
return has_mro_entries ? new_bases :bases}
$B.make_annotate_func=function(dict,annotations,class_frame){if(annotations===undefined){$B.str_dict_set(dict,'__annotate_func__',_b_.None)
return}
var __annotate_func__=annotations
__annotate_func__.ob_type=$B.function
$B.init_dict(__annotate_func__)
$B.str_dict_set(dict,'__annotate_func__',__annotate_func__)
$B.set_function_infos(__annotate_func__,{__defaults__:_b_.None,__doc__:_b_.None,__globals__:$B.frame_obj.frame,__kwdefaults__:_b_.None,__name__:'__annotate__',__module__:class_frame[2],__qualname__:class_frame[0]+'.__annotate__',__file__:class_frame.__file__,free_vars:$B.fast_tuple(['__classdict__'])}
)
$B.set_func_attrs(__annotate_func__,$B.frame_obj.frame,class_frame[2])}
$B.check_annotate_format=function(format){if(! $B.is_int(format)){$B.RAISE(_b_.TypeError,'__annotate__ argument should be '+
`int, not ${$B.class_name(format)}`)}
format=$B.int_value(format)
if(format !=1 && format !=2){$B.RAISE(_b_.NotImplementedError,'')}}
$B.postpone_annotations=function(obj,file){
var module_frame=$B.frame_obj.frame
obj.$annotations={}
Object.defineProperty(obj,'__annotations__',{configurable:true,get(){if(obj.$set_annotations){return obj.$set_annotations}
var res=$B.empty_dict()
for(var key in obj.$annotations){_b_.dict.$setitem(res,key,obj.$annotations[key][1]())}
return res},set(value){obj.$set_annotations=value}}
)}
$B.make_module_annotate=function(locals){Object.defineProperty(locals,'__annotations__',{get(){if(locals.$set_annotations){return locals.$set_annotations}
if(locals.__annotate__){return locals.__annotate__(1)}
return locals.__annotate_func__(1)},set(value){locals.$set_annotations=value}}
)
Object.defineProperty(locals,'__annotate__',{get(){if(locals.$annotate){return locals.$annotate}
return locals.__annotate_func__},set(value){locals.$annotate=value}}
)
locals.__annotate_func__=function(format){switch(format){case 1:
var ann_dict=$B.empty_dict()
for(var key in locals.$annotations){var item=locals.$annotations[key]
$B.$setitem(ann_dict,key,item[1]())}
return ann_dict
default:
$B.RAISE(_b_.NotImplementedError,)}}
$B.add_function_infos(locals,'__annotate_func__')
$B.set_function_attr(locals.__annotate_func__,'__name__','__annotate__')
$B.set_function_attr(locals.__annotate_func__,'__qualname__','__annotate__')}
function object_get_dict(obj){if($B.is_type(obj)){return $B.mappingproxy.tp_new($B.mappingproxy,[$B.get_dict(obj)])}
return $B.get_dict(obj)}
function object_set_dict(obj,value){$B.set_dict(obj,value)}
var type=_b_.type 
type.$factory=function(){var $=$B.args('type',3,{first:null,bases:null,cl_dict:null},arguments,{bases:$B.NULL,cl_dict:$B.NULL},null,'kw')
var first=$.first,bases=$.bases,cl_dict=$.cl_dict,kw=$.kw
if(cl_dict===$B.NULL){if(bases !==$B.NULL){$B.RAISE(_b_.TypeError,'type() takes 1 or 3 arguments')}
return $B.get_class(first)}else{
return type.tp_call(type,...arguments)}}
type.$call=function(klass,new_func,init_func){
return function(){
var instance=new_func.bind(null,klass).apply(null,arguments)
if($B.$isinstance(instance,klass)){
init_func.bind(null,instance).apply(null,arguments)}
return instance}}
type.$call_no_new_init=function(klass,init_func){
return function(){var instance=_b_.object.$no_new_init(klass)
init_func(instance,...arguments)
return instance}}
type.$call_no_init=function(klass,new_func){
return new_func.bind(null,klass)}
$B.$class_getitem=function(kls,origin,args){return $B.GenericAlias.$factory(kls,origin,args)}
$B.merge_class_dict=function(dict,klass){var classdict,bases
classdict=$B.$getattr(klass,'__dict__',null)
if(classdict !==null){$B.$call($B.type_getattribute(_b_.dict,'update'),dict,classdict)}else{
return}
bases=klass.tp_bases
if(bases===undefined){return}
for(var base of bases){$B.merge_class_dict(dict,base)}}
var dict_name=$B.DICT=Symbol('DICT')
$B.get_dict=function(cls){return cls[dict_name]??
(cls.ob_type===$B.function
?(cls[dict_name]=$B.empty_dict())
:undefined)}
$B.init_dict=function(cls){cls[dict_name]=$B.empty_dict()}
$B.set_dict=function(cls,value){cls[dict_name]=value}
$B.get_from_dict=function(cls,attr,_default){return $B.str_dict_get($B.get_dict(cls),attr,_default)}
$B.set_to_dict=function(cls,attr,value){$B.str_dict_set($B.get_dict(cls),attr,value)}
var NULL={NULL:true}
var counter=0
$B.slot2dunder={tp_call:'__call__',tp_descr_get:'__get__',tp_descr_set:'__set__',tp_getattro:'__getattribute__',tp_getbuffer:'__buffer__',tp_hash:'__hash__',tp_init:'__init__',tp_iter:'__iter__',tp_iternext:'__next__',tp_new:'__new__',tp_repr:'__repr__',tp_setattro:'__setattr__',tp_str:'__str__'}
$B.dunder2slot={}
for(var key in $B.slot2dunder){$B.dunder2slot[$B.slot2dunder[key]]=key}
function where_is(cls,attr){for(var kls of cls.tp_mro){if($B.get_from_dict(kls,attr,$B.NULL)!==$B.NULL){return kls}}}
$B.search_own_slot=function(cls,slot,_default){var dunder=$B.slot2dunder[slot]
if(cls.hasOwnProperty(slot)){return cls[slot]}
if(dunder){var v=$B.get_from_dict(cls,dunder,$B.NULL)
if(v !==$B.NULL){if(v.ob_type.tp_descr_get){v=v.ob_type.tp_descr_get(v,cls)}
return v}}
return _default}
$B.search_slot=function(cls,slot,_default){var test=false 
if(test){console.log('search slot',cls,slot)}
var dunder=$B.slot2dunder[slot]
if(cls.tp_mro===undefined){console.log('no mro',cls)}
for(var klass of cls.tp_mro){if(klass.hasOwnProperty(slot)&& klass[slot]!==$B.NULL){return klass[slot]}
if(dunder){try{
var v=$B.get_from_dict(klass,dunder,$B.NULL)}catch(err){console.log('error for klass',klass,'slot',slot,'dunder',dunder)
throw err}
if(v !==$B.NULL){if(test){console.log('klass has __call__',v)}
if(typeof v !=='function'){var v_type=$B.get_class(v)
var getter=v_type.tp_descr_get
if(getter !==$B.NULL){v=getter(v,cls)}}
return v}}}
return _default}
$B.builtin_slot=function(cls,slot){for(var kls of cls.tp_mro){if(Object.hasOwn(kls,slot)){return kls[slot]}}
return $B.NULL}
$B.time_type_getattribute=0
$B.type_getattribute=function(klass,attr){var test=false 
if(test){console.log('type getattribute',attr,klass)}
var meta=$B.get_class(klass)
if(meta===_b_.type){var res=meta.tp_getattro(klass,attr)
return res}
var getattro=$B.search_slot(meta,'tp_getattro',$B.NULL)
if(getattro !==$B.NULL){if(test){console.log('getattro',getattro)}
var res=getattro(klass,attr,$B.NULL)
if(test){console.log('result of getattro',res)}
if(res !==$B.NULL){return res}}
var getattr=$B.search_in_mro(meta,'__getattr__',$B.NULL)
if(getattr===$B.NULL){return $B.NULL}
try{
return $B.$call(getattr,klass,attr)}catch(err){if($B.is_exc(err,_b_.AttributeError)){return $B.NULL}
throw err}}
function update_subclasses(kls,name,alias,value){
for(var subclass of kls.tp_subclasses){if(! subclass.hasOwnProperty(name)){subclass[alias]=value
update_subclasses(subclass,name,alias,value)}}}
$B.type_check=function(obj,cls){var obj_type=$B.get_class(obj)
return obj_type===cls ||obj_type.tp_mro.includes(cls)}
function type_mro(cls){return $B.$list($B.make_mro(cls))}
function set_tp_slots(cls){for(var[slot,dunder]of Object.entries($B.slot2dunder)){var method=$B.get_from_dict(cls,dunder,$B.NULL)
if(method !==$B.NULL){cls[slot]=method}else{
for(var kls of $B.get_mro(cls).slice(1)){if(kls[slot]){cls[slot]=kls[slot]
break}}}}}
$B.make_getattr=function(cls){if(cls.tp_mro){var getattribute=$B.search_slot(cls,'tp_getattro',$B.NULL)
var getattr=$B.search_in_mro(cls,'__getattr__',$B.NULL)
if(getattr===$B.NULL){cls.$getattribute=getattribute}else{
cls.$getattribute=function(obj,attr){var res=$B.NULL
try{
res=getattribute(obj,attr)}catch(err){$B.RAISE_IF_NOT(err,_b_.AttributeError)}
if(res===$B.NULL){return $B.$call(getattr,obj,attr)}
return res}}}else{
cls.$getattribute=$B.NULL}}
function reset_getattribute(cls){
$B.make_getattr(cls)
for(var kls of cls.tp_subclasses){reset_getattribute(kls)}}
$B.make_call=function(cls){cls.tp_call=$B.NULL
var call=$B.get_from_dict(cls,'__call__',$B.NULL)
if(call !==$B.NULL){cls.tp_call=call}else{
for(var kls of cls.tp_mro){if(kls.tp_call && kls.tp_call !==$B.NULL){cls.tp_call=kls.tp_call
return}else{
call=$B.get_from_dict(kls,'__call__',$B.NULL)
if(call !==$B.NULL){cls.tp_call=call
return}}}}}
function reset_call(cls){$B.make_call(cls)
if(cls.tp_subclasses===undefined){console.log('no subclasses',cls)}
for(var kls of cls.tp_subclasses){reset_call(kls)}}
$B.make_descr_get=function(cls){cls.tp_descr_get=$B.NULL
var get=$B.get_from_dict(cls,'__get__',$B.NULL)
if(get !==$B.NULL){cls.tp_descr_get=get}else if(cls.tp_base){cls.tp_descr_get=cls.tp_base.tp_descr_get ??
(cls.tp_base.tp_descr_get=$B.make_descr_get(cls.tp_base))}
return cls.tp_descr_get}
function reset_descr_get(cls){$B.make_descr_get(cls)
for(var kls of cls.tp_subclasses){reset_descr_get(kls)}}
$B.make_descr_set=function(cls){cls.tp_descr_set=$B.NULL
var _set=$B.get_from_dict(cls,'__set__',$B.NULL)
if(_set !==$B.NULL){cls.tp_descr_set=_set}else if(cls.tp_base){cls.tp_descr_set=cls.tp_base.tp_descr_set ??
(cls.tp_base.tp_descr_set=$B.make_descr_set(cls.tp_base))}
return cls.tp_descr_set}
function reset_descr_set(cls){$B.make_descr_set(cls)
for(var kls of cls.tp_subclasses){reset_descr_set(kls)}}
function make_factory(cls){var has_no_slots=$B.get_from_dict(cls,'__slots__')===$B.NULL
if(cls.ob_type !==_b_.type){return}
if(cls.tp_init===_b_.object.tp_init &&
cls.tp_new===_b_.object.tp_new &&
has_no_slots){
cls.$factory=function(){if(arguments.length==0){var res={ob_type:cls}
$B.init_dict(res)
return res}
var[args,kw]=$B.parse_args_kw(cls.tp_name,arguments)
return _b_.object.tp_new(cls,args,kw)}}else if(cls.tp_new===_b_.object.tp_new &&
has_no_slots){
cls.$factory=function(){var res={ob_type:cls}
$B.init_dict(res)
if(typeof cls.tp_init=='function'){cls.tp_init.call(null,res,...arguments)}else if(_b_.callable(cls.tp_init)){
$B.$call(cls.tp_init,...arguments)}
return res}}else{}}
function reset_factory(cls){make_factory(cls)
for(var kls of cls.tp_subclasses){reset_factory(kls)}}
$B.make_iter=function(cls){
cls.tp_iter=$B.NULL
for(var klass of $B.get_mro(cls)){var iter=$B.get_from_dict(klass,'__iter__',$B.NULL)
if(iter !==$B.NULL){cls.tp_iter=iter
break}
if(klass !==cls && Object.hasOwn(klass,'tp_iter')&&
klass.tp_iter !==$B.NULL && klass.tp_iter !=null){cls.tp_iter=klass.tp_iter
break}}
return cls.tp_iter}
function reset_iter(cls){$B.make_iter(cls)
if(cls.tp_subclasses===undefined){console.log('no subclasses',cls)}
for(var kls of cls.tp_subclasses){reset_iter(kls)}}
$B.make_fast_iter=function(cls){if(cls.tp_base &&
cls.tp_base[$B.FAST_ITER]&&
$B.get_from_dict(cls,'__iter__',$B.NULL)===$B.NULL){cls[$B.FAST_ITER]=cls.tp_base[$B.FAST_ITER]}}
$B.make_new=function(cls){cls.tp_new=$B.NULL
for(var kls of cls.tp_mro){if(kls.tp_flags & $B.TPFLAGS.HEAPTYPE){var _new=$B.get_from_dict(kls,'__new__',$B.NULL)
if(_new !==$B.NULL){if($B.get_class(_new)===_b_.staticmethod){_new=_new.sm_callable}
cls.tp_new=_new
return}}else{
cls.tp_new=kls.tp_new
return}}}
function reset_new(cls){$B.make_new(cls)
if(cls.tp_subclasses===undefined){console.log('no subclasses',cls)}
for(var kls of cls.tp_subclasses){reset_new(kls)}}
$B.make_init=function(cls){cls.tp_init=$B.NULL
for(var kls of cls.tp_mro){if(kls.tp_flags & $B.TPFLAGS.HEAPTYPE){var init=$B.get_from_dict(kls,'__init__',$B.NULL)
if(init !==$B.NULL){cls.tp_init=init
return}}else{
cls.tp_init=kls.tp_init
return}}}
function reset_init(cls){$B.make_init(cls)
if(cls.tp_subclasses===undefined){console.log('no subclasses',cls)}
for(var kls of cls.tp_subclasses){reset_init(kls)}}
$B.make_setattr=function(cls){cls.tp_setattro=$B.NULL
var setattr=$B.get_from_dict(cls,'__setattr__',$B.NULL)
if(setattr !==$B.NULL){cls.tp_setattro=setattr}else if(cls.tp_mro){for(var kls of cls.tp_mro){if(Object.hasOwn(kls,'tp_setattro')&&
kls.tp_setattro !==$B.NULL &&
(kls===_b_.object ||
kls.tp_setattro !==_b_.object.tp_setattro)){cls.tp_setattro=kls.tp_setattro
break}}}}
function reset_setattr(cls){$B.make_setattr(cls)
if(cls.tp_subclasses===undefined){console.log('no subclasses',cls)}
for(var kls of cls.tp_subclasses){reset_setattr(kls)}}
function set_slots(cl_dict,class_obj){let slots=$B.str_dict_get(cl_dict,'__slots__',$B.NULL)
if(slots !==$B.NULL){for(let key of $B.make_js_iterator(slots)){
if(key.startsWith('__')&& ! key.endsWith('__')){key='_'+$B.get_name(class_obj).replace(/^_+/,'')+key}
if(key=='__dict__' ||key=='__weakref__'){if(key=='__dict__'){class_obj.$slots_has_dict=true}
continue}
var member={name:key,type:$B.TYPES.OBJECT,attr:'slot_value_'+key,flags:0}
var md={ob_type:$B.member_descriptor,d_type:class_obj,d_name:key,d_member:member}
$B.str_dict_set(cl_dict,key,md)}}}
_b_.type.tp_setattro=function(kls,attr,value){var $test=false 
if($test){console.log('set attr',attr,'of class',kls,'to',value)
console.log('kls dict',$B.get_dict(kls))}
if(kls.tp_flags & TPFLAGS.IMMUTABLETYPE){$B.RAISE(_b_.TypeError,`cannot set '${attr}' attribute `+
`of immutable type '${$B.get_name(kls)}'`
)}
var in_mro=$B.search_in_mro($B.get_class(kls),attr,$B.NULL)
var done=false
if(in_mro !==$B.NULL){if($test){console.log('attr',attr,'found in mro',in_mro)}
var in_mro_type=$B.get_class(in_mro)
var setter=$B.search_slot(in_mro_type,'tp_descr_set',$B.NULL)
if(setter !==$B.NULL){if($test){console.log('use setter',setter)}
done=true
setter(in_mro,kls,value)}}
if(! done){if(value===$B.NULL){var current=$B.get_from_dict(kls,attr,$B.NULL)
if(current===$B.NULL){throw $B.attr_error(attr,kls)}
_b_.dict.$delitem($B.get_dict(kls),attr)}else{
$B.set_to_dict(kls,attr,value)}}
switch(attr){case '__call__':
reset_call(kls)
break
case '__getattribute__':
case '__getattr__':
reset_getattribute(kls)
break
case '__get__':
reset_descr_get(kls)
break
case '__set__':
reset_descr_set(kls)
break
case '__setattr__':
reset_setattr(kls)
break
case '__init__':
reset_init(kls)
reset_factory(kls)
break
case '__iter__':
reset_iter(kls)
break
case '__new__':
reset_new(kls)
reset_factory(kls)
break}
return _b_.None}
_b_.type.nb_or=function(){var $=$B.args('__or__',2,{cls:null,other:null},arguments)
var cls=$.cls,other=$.other
if(other !==_b_.None && ! $B.$isinstance(other,[type,$B.GenericAlias,$B.UnionType])){return _b_.NotImplemented}
return $B.UnionType.$factory([cls,other])}
_b_.type.tp_repr=function(kls){var name=$B.get_name(kls)
var qualname
if(kls.hasOwnProperty('tp_flags')&&(kls.tp_flags & TPFLAGS.HEAPTYPE)){var module=$B.$getattr(kls,'__module__',$B.NULL)
qualname=(module===$B.NULL ||module=='builtins')? name :
module+"."+name}else{
qualname=name}
return "<class '"+qualname+"'>"}
_b_.type.tp_call=function(cls){var $=$B.args(cls?.tp_name ?? '__call__',1,{cls:null},arguments,null,'args','kw'),cls=$.cls,args=$.args,kw=$.kw,kw_len=_b_.dict.mp_length(kw)
var test=false 
if(test){console.log('type.tp_call',cls,args)
console.log(Error('trace').stack)}
if(cls===_b_.type){if($.args.length==1 && kw_len==0){
return $B.get_class(args[0])}
if(args.length !==1 && args.length !==3){$B.RAISE(_b_.TypeError,'type() takes 1 or 3 arguments')}}
var new_func=cls.tp_new
if(new_func===undefined){console.log('no tp_new',cls,args,kw)}
if(test){console.log('new_func',new_func,'is slot tp_new',new_func.$is_slot)}
var instance
if(new_func.$is_slot){instance=new_func(cls,args,kw)}else{
instance=new_func(cls,...args,$B.dict2kwarg(kw))}
var instance_class=$B.get_class(instance)
if(test){console.log('instance of type',instance,'cls',cls)
console.log('instance type is cls ?',$B.type_check(instance,cls))}
if($B.type_check(instance,cls)){
var init_func=instance_class.tp_init
if(test){console.log('init func',init_func)}
if(init_func !==$B.NULL && init_func !==_b_.object.tp_init &&
typeof init_func=='function'){
try{
if(kw_len > 0){var kwarg=$B.dict2kwarg(kw)
init_func.call(null,instance,...$.args,kwarg)}else{
init_func.call(null,instance,...$.args)}}catch(err){throw err}}else if(init_func !==$B.NULL && init_func !==_b_.object.tp_init &&
init_func !==undefined && _b_.callable(init_func)){
if(kw_len > 0){$B.$call(init_func,...$.args,$B.dict2kwarg(kw))}else{
$B.$call(init_func,...$.args)}}}
if(test){console.log('type.tp_call returns instance',instance)}
return instance}
_b_.type.tp_getattro=function(obj,name){var test=false 
if(test){console.log('class_getattr',obj,name)
console.log('frame obj',$B.frame_obj)}
var klass=$B.get_class(obj)
var in_mro=$B.search_in_mro(klass,name,$B.NULL)
if(test){console.log('attr',name,'of class',klass)
console.log('in mro',in_mro)}
var getter=$B.NULL
if(in_mro !==$B.NULL){var in_mro_class=$B.get_class(in_mro)
if(test){console.log('in_mro class',in_mro_class)}
var getter=in_mro_class.tp_descr_get
if(test){console.log('getter',getter)}
if(getter !==$B.NULL){if(in_mro_class.tp_descr_set !==$B.NULL){if(test){console.log('data descriptor',name)
console.log('__set__',in_mro_class.tp_descr_set)}
try{
var res=getter(in_mro,obj,klass)
if(test){console.log('result of getter',res)}
return res}catch(err){$B.RAISE_IF_NOT(err,_b_.AttributeError)}}else{
if(test){console.log('non-data descriptor',name)}}}}
if(test){console.log('search attribute',name,'in mro',obj)}
var attribute=$B.search_in_mro(obj,name,$B.NULL)
if(attribute !==$B.NULL){if(test){console.log('attribute',attribute)
console.log('class',$B.get_class(attribute))}
var local_get=$B.get_class(attribute).tp_descr_get
if(test){console.log('local_get',$B.get_class(local_get))}
if(local_get !==$B.NULL){if(typeof local_get !=='function'){console.log('not a function',local_get,'NULL',$B.NULL)}
if($B.get_class(local_get)===$B.JSFunction){var res=local_get(attribute,$B.NULL,obj)}else{
var res=local_get(attribute,_b_.None,obj)}
if(test){console.log('result of local_get',res)}
return res}
return attribute}else if(test){console.log('no attribute')}
if(getter !==$B.NULL){if(typeof getter !=='function'){console.log('getter',getter)
console.log(Error().stack)}
try{
return getter(in_mro,obj)}catch(err){$B.RAISE_IF_NOT(err,_b_.AttributeError)
return $B.NULL}}
if(in_mro !==$B.NULL){return in_mro}
return $B.NULL}
_b_.type.tp_init=function(self){if(arguments.length==0){$B.RAISE(_b_.TypeError,"descriptor '__init__' of 'type' "+
"object needs an argument")}}
_b_.type.tp_new=function(cls,args,kw){
var metatype=cls
var kwds=kw
var extra_kwargs=kwds
var[name,bases,cl_dict]=args
var test=false 
if(test){console.log('type.tp_new',name,'metatype',metatype,'extrakw',kwds)
console.log($B.frame_obj.frame.__file__,'line',$B.frame_obj.frame.$lineno)}
var module=$B.str_dict_get(cl_dict,'__module__',$B.frame_obj.frame[2])
$B.str_dict_set(cl_dict,'__module__',module)
var qualname=$B.str_dict_get(cl_dict,'__qualname__',name)
$B.str_dict_del(cl_dict,'__qualname__')
var ctx={metatype,args,kwds,cl_dict,name,bases}
var class_obj={ob_type:metatype,tp_bases:bases,tp_name:name,tp_flags:$B.TPFLAGS.DEFAULT |$B.TPFLAGS.HEAPTYPE |
$B.TPFLAGS.BASETYPE |$B.TPFLAGS.HAVE_GC}
for(var base of bases){class_obj.tp_flags |=base.tp_flags & $B.TPFLAGS.UNICODE_SUBCLASS
class_obj.tp_flags |=base.tp_flags & $B.TPFLAGS.LONG_SUBCLASS
class_obj.tp_flags |=base.tp_flags & $B.TPFLAGS.TUPLE_SUBCLASS
class_obj.tp_flags |=base.tp_flags & $B.TPFLAGS.LIST_SUBCLASS
class_obj.tp_flags |=base.tp_flags & $B.TPFLAGS.DICT_SUBCLASS
class_obj.tp_flags |=base.tp_flags & $B.TPFLAGS.BYTES_SUBCLASS
class_obj.tp_flags |=base.tp_flags & $B.TPFLAGS.BASE_EXC_SUBCLASS
class_obj.tp_flags |=base.tp_flags & $B.TPFLAGS.TYPE_SUBCLASS}
$B.set_dict(class_obj,cl_dict)
class_obj.tp_mro=$B.make_mro(class_obj)
class_obj.tp_subclasses=[]
$B.make_getattr(class_obj)
set_type_new(cl_dict)
var res=type_new_get_bases(ctx,class_obj)
if(test){console.log('after get bases',ctx.name,'base',ctx.base)}
class_obj.tp_base=ctx.base
class_obj.tp_bases=ctx.bases
$B.make_fast_iter(class_obj)
if(test){console.log('result of type_new_get_bases',res)}
if(res < 0){assert(PyErr_Occurred())
return NULL}
if(res==1){return class_obj}
if(res instanceof Object){
class_obj=res.type
$B.make_init(class_obj)
$B.make_setattr(class_obj)}else{
set_slots(cl_dict,class_obj)
$B.set_to_dict(class_obj,'__dict__',$B.getset_descriptor.$factory(
class_obj,'__dict__',[object_get_dict,$B.set_dict]
)
)
$B.make_init(class_obj)
$B.make_setattr(class_obj)
if(test){console.log('scan cl_dict')}
for(var[key,v]of Object.entries(cl_dict)){if(test){console.log('item in cl dict',item)}
if(test){}
if(['__module__','__doc__','__dict__','__qualname__','__firstlineno__','__static_attributes__','__annotate_func__'].includes(key)){continue}
if(key=='__class_getitem__'){
if($B.get_class(v)!==_b_.classmethod){var v1=$B.$call(_b_.classmethod,v)
$B.str_dict_set(cl_dict,key,v1)}}
if(test){console.log('set name',item)}
var set_name=$B.type_getattribute($B.get_class(v),"__set_name__")
if(set_name !==$B.NULL){$B.$call(set_name,v,class_obj,key)}
if(typeof v=="function"){if(v.$function_infos===undefined){
if(v.$infos){v.$infos.__qualname__=qualname+'.'+v.$infos.__name__}}else{
v.$function_infos[$B.func_attrs.method_class]=class_obj
v.$function_infos[$B.func_attrs.__qualname__]=qualname+'.'+
v.$function_infos[$B.func_attrs.__name__]}}}
if(test){console.log('class obj',class_obj)}
if(test){console.log('call init subclass',init_subclass)
console.log('extra_kwargs',extra_kwargs)}
if(where_is(class_obj,'__init_subclass__')===_b_.object &&
_b_.dict.mp_length(extra_kwargs)==0){}else{
var sup=
{ob_type:_b_.super,type:class_obj,obj:class_obj,obj_type:class_obj}
var init_subclass=_b_.super.tp_getattro(sup,"__init_subclass__")
$B.$call(init_subclass,$B.dict2kwarg(extra_kwargs))}
class_obj.tp_flags |=$B.TPFLAGS.READY}
if(test){console.log('$getattribute is set for',class_obj)}
$B.make_new(class_obj)
$B.make_descr_get(class_obj)
$B.make_descr_set(class_obj)
$B.make_call(class_obj)
make_factory(class_obj)
for(var base of class_obj.tp_bases){base.tp_subclasses=base.tp_subclasses ||[]
base.tp_subclasses.push(class_obj)}
return class_obj}
var type_funcs=_b_.type.tp_funcs={}
type_funcs.__abstractmethods___get=function(cls){if(cls !==type){var res=$B.get_from_dict(cls,'__abstractmethods__',$B.NULL)
if(res !==$B.NULL){return res}}
throw $B.attr_error('__abstractmethods__',cls)}
type_funcs.__abstractmethods___set=function(cls,value){var abstract,res
var dict=$B.get_dict(cls)
if(value !=$B.NULL){abstract=$B.$bool(value)
res=$B.str_dict_set(dict,'__abstractmethods__',value)}else{
abstract=0
res=$B.str_dict_pop(dict,'__abstractmethods__')
if(res===$B.NULL){$B.RAISE(_b_.AttributeError,'__abstractmethods__')}}
if(abstract){cls.tp_flags |=$B.TPFLAGS.IS_ABSTRACT}else{
cls.tp_flags=cls.tp_flags & ~ $B.TPFLAGS.IS_ABSTRACT}}
type_funcs.__annotate___get=function(self){if(!(self.tp_flags & TPFLAGS.HEAPTYPE)){$B.RAISE(_b_.AttributeError,`type object '${$B.get_name(self)}' `+
`has no attribute '__annotate__'`
)}
var annotate=$B.get_from_dict(self,'__annotate__',$B.NULL)
if(annotate===$B.NULL){annotate=$B.get_from_dict(self,'__annotate_func__',$B.NULL)}
if(annotate !==$B.NULL){var get=$B.get_class(annotate).tp_descr_get
if(get !==$B.NULL){annotate=get(annotate,$B.NULL,self)}}else{
annotate=_b_.None
$B.set_to_dict(self,'__annotate_func__',annotate)}
return annotate}
type_funcs.__annotate___set=function(cls,value){if(value===$B.NULL){$B.RAISE(_b_.TypeError,'cannot delete __annotate__ attribute')}
$B.set_to_dict(cls,'__annotate__',value)}
type_funcs.__annotations___get=function(cls){var annotations=$B.get_from_dict(cls,'__annotations__',$B.NULL)
if(annotations !==$B.NULL){return annotations}
var ann_func=$B.get_from_dict(cls,'__annotate_func__',$B.NULL)
if(ann_func===$B.NULL ||ann_func===_b_.None){return $B.empty_dict()}
return $B.$call(ann_func,1)}
type_funcs.__annotations___set=function(cls,value){if(value===$B.NULL){value=$B.empty_dict()
type.tp_funcs.__annotate___set(cls,_b_.None)}
$B.set_to_dict(cls,'__annotations__',value)}
type_funcs.__bases___get=function(cls){return $B.fast_tuple(cls.tp_bases)}
type_funcs.__bases___set=function(){var $=$B.args('__bases__',2,{cls:null,bases:null},arguments)
var cls=$.cls,bases=$.bases
if(! $B.exact_type(bases,_b_.tuple)){$B.RAISE(_b_.TypeError,`can only assign tuple to ${$B.get_name(cls)}.__bases__, `+
`not ${$B.class_name(bases)}`
)}
cls.tp_bases=bases
cls.tp_mro=$B.make_mro(cls)}
type_funcs.__dict___get=function(cls){return{
ob_type:$B.mappingproxy,mapping:$B.get_dict(cls)}}
type_funcs.__dict___set=function(self){}
type_funcs.__dir__=function(klass){var dict=$B.empty_dict()
$B.merge_class_dict(dict,klass)
return _b_.list.$factory(dict)}
type_funcs.__doc___get=function(cls){if(!(cls.tp_flags & TPFLAGS.HEAPTYPE)&& cls.tp_doc){return cls.tp_doc}
return $B.get_from_dict(cls,'__doc__',_b_.None)}
type_funcs.__doc___set=function(cls,value){$B.set_to_dict(cls,'__doc__',value)}
type_funcs.__instancecheck__=function(cls,instance){var kl=$B.get_class(instance)
var mro=$B.get_mro(kl)
for(var klass of mro){if(klass===cls){return true}}
return false}
type_funcs.__module___get=function(self){if($B.get_dict(self)){var module=$B.get_from_dict(self,'__module__',$B.NULL)
if(typeof module==='string'){return module}}
return 'builtins'}
type_funcs.__module___set=function(self,value){$B.set_to_dict(self,'__module__',value)}
type_funcs.__mro___get=function(self){return $B.fast_tuple($B.get_mro(self))}
type_funcs.__mro___set=function(self){}
type_funcs.__name___get=function(cls){return $B.get_name(cls)}
type_funcs.__name___set=function(cls,value){cls.tp_name=value}
type_funcs.__prepare__=function(cls){return $B.empty_dict()}
type_funcs.__qualname___get=function(cls){
var q=$B.get_from_dict(cls,'__qualname__',$B.NULL)
if(typeof q==='string'){return q}
if(cls.tp_flags & $B.TPFLAGS.HEAPTYPE){return cls.ht_qualname}else{
return $B.get_name(cls)}}
type_funcs.__qualname___set=function(cls,value){
if(cls.tp_flags & $B.TPFLAGS.HEAPTYPE){cls.ht_qualname=value}else{
$B.RAISE(_b_.TypeError,`cannot set attribute '__qualname__' of `+
`immutable type '${cls.tp_name}'`)}}
type_funcs.__sizeof__=function(self){}
type_funcs.__subclasscheck__=function(self,subclass){
if(! $B.$isinstance(subclass,$B.UnionType)&& ! $B.is_type(subclass)){$B.RAISE(_b_.TypeError,"issubclass() arg 2 must be a class,"+
" a tuple of classes, or a union")}
if(self===subclass){return true}
if(subclass.tp_bases===undefined){return self===_b_.object}
return $B.get_mro(subclass).indexOf(self)>-1}
type_funcs.__subclasses__=function(cls){return $B.$list(cls.tp_subclasses)}
type_funcs.__text_signature___get=function(self){}
type_funcs.__text_signature___set=function(self){}
type_funcs.__type_params___get=function(self){}
type_funcs.__type_params___set=function(self){}
type_funcs.mro=function(cls){return $B.$list($B.get_mro(cls))}
_b_.type.tp_methods=["mro","__subclasses__","__instancecheck__","__subclasscheck__","__dir__","__sizeof__"
]
_b_.type.classmethods=["__prepare__"]
_b_.type.tp_members=[["__basicsize__",$B.TYPES.PYSSIZET,"tp_basicsize",1],["__itemsize__",$B.TYPES.PYSSIZET,"tp_itemsize",1],["__flags__",$B.TYPES.ULONG,"tp_flags",1],["__weakrefoffset__",$B.TYPES.PYSSIZET,"tp_weaklistoffset",1],["__base__",$B.TYPES.OBJECT,"tp_base",1],["__dictoffset__",$B.TYPES.PYSSIZET,"tp_dictoffset",1]
]
_b_.type.tp_getset=["__name__","__qualname__","__bases__","__mro__","__module__","__abstractmethods__","__dict__","__doc__","__text_signature__","__annotations__","__annotate__","__type_params__"
]
$B.set_func_names(type,"builtins")
var property=_b_.property
$B.internal_property=function(module,fget,fset){
for(var func of[fget,fset]){if($B.get_class(func)===$B.JSFunction){$B.set_type(func,$B.function)}}
return{
ob_type:_b_.property,prop_get:fget,prop_set:fset ?? _b_.None,prop_del:_b_.None,doc:_b_.None}}
property.$factory=function(){var res={ob_type:property}
property.tp_init(res,...arguments)
return res}
function property_copy(old,get,set,del){let type=$B.get_class(old)
if(get===_b_.None){get=old.prop_get ?? _b_.None}
if(set===_b_.None){set=old.prop_set ?? _b_.None}
if(del===_b_.None){del=old.prop_del ?? _b_.None}
let doc
if(old.getter_doc && get !==_b_.None){
doc=_b_.None;}else{
doc=old.prop_doc ?? _b_.None}
let _new=$B.$call(type,get,set,del,doc)
if($B.exact_type(_new,_b_.property)){_new.prop_name=old.prop_name}
return _new}
_b_.property.tp_descr_set=function(self,obj,value){if(self.prop_set===_b_.None){var fi=self.prop_get.$function_infos
var name=fi ? fi[$B.func_attrs.__name__]:(self.prop_name ?? self.__name__)
var msg=`property '${name}' of '${$B.class_name(obj)}' object `+
'has no setter'
$B.RAISE_ATTRIBUTE_ERROR(msg,self,'__set__')}
if(value===$B.NULL){if(self.prop_del===_b_.None){$B.RAISE(_b_.AttributeError,`property '${self.prop_name}' of '${$B.class_name(obj)}' `+
`object has no deleter`
)}
$B.$call(self.prop_del,obj)}else{
$B.$call(self.prop_set,obj,value)}}
_b_.property.tp_descr_get=function(self,obj,type){if(obj===$B.NULL){return self}
if(self.prop_get===_b_.None){$B.RAISE_ATTRIBUTE_ERROR("unreadable attribute",self,'__get__')}
return $B.$call(self.prop_get,obj)}
_b_.property.tp_init=function(){var $=$B.args('__init__',5,{self:null,fget:null,fset:null,fdel:null,doc:null},arguments,{fget:_b_.None,fset:_b_.None,fdel:_b_.None,doc:_b_.None}
)
var self=$.self,fget=$.fget,fset=$.fset,fdel=$.fdel,doc=$.doc
self.prop_doc=doc
if($B.$getattr && doc===_b_.None){self.prop_doc=$B.$getattr(fget,'__doc__',doc)}
self.prop_get=fget
self.prop_set=fset
self.prop_del=fdel
self.$is_property=true
if(fget && fget.$attrs){for(var key in fget.$attrs){self[key]=fget.$attrs[key]}}}
_b_.property.tp_new=function(cls,args,kw){var res={ob_type:cls}
if(cls !==_b_.property){
$B.init_dict(res)}
return res}
var property_funcs=_b_.property.tp_funcs={}
property_funcs.__isabstractmethod___get=function(self){for(let attr of['prop_get','prop_set','prop_del']){let test=$B.$getattr(self[attr],'__isabstractmethod__',false)
if(test===true){return true}}
return false}
property_funcs.__isabstractmethod___set=_b_.None
property_funcs.__name___get=function(self){if(Object.hasOwn(self,'prop_name')){return self.prop_name}
let name=$B.$getattr(self.prop_get,'__name__',$B.NULL)
if(name===$B.NULL){$B.RAISE(_b_.AttributeError,"'property' object has no attribute '__name__'"
)}
return name}
property_funcs.__name___set=function(self,value){self.prop_name=value}
property_funcs.__set_name__=function(self,cls,name){self.prop_name=name}
property_funcs.deleter=function(self,deleter){return property_copy(self,_b_.None,_b_.None,deleter)}
property_funcs.getter=function(self,getter){return property_copy(self,getter,_b_.None,_b_.None)}
property_funcs.setter=function(self,setter){return property_copy(self,_b_.None,setter,_b_.None)}
_b_.property.tp_methods=["getter","setter","deleter","__set_name__"]
_b_.property.tp_members=[["fget",$B.TYPES.OBJECT,"prop_get",1],["fset",$B.TYPES.OBJECT,"prop_set",1],["fdel",$B.TYPES.OBJECT,"prop_del",1],["__doc__",$B.TYPES.OBJECT,"prop_doc",0]
]
_b_.property.tp_getset=["__name__","__isabstractmethod__"]
$B.set_func_names(property,"builtins")
$B.make_iterator_class=function(name,reverse){
var klass={ob_type:_b_.type,__mro__:[_b_.object],__name__:name,__qualname__:name,$factory:function(items){var res={ob_type:klass,counter:reverse ? items.length :-1,items:items,len:items.length,$builtin_iterator:true}
$B.init_dict(res)
return res},$iterator_class:true,tp_iter:function(self){self.counter=
self.counter===undefined
? reverse
? self.items.length
:-1
:self.counter
self.len=self.items.length
return self},__len__:function(self){return self.items.length},tp_iternext:function(self){if(typeof self.test_change=="function"){var message=self.test_change()
if(message){$B.RAISE(_b_.RuntimeError,message)}}
if(reverse){self.counter--
if(self.counter >=0){var item=self.items[self.counter]
if(self.items.$is_js_array){
item=$B.jsobj2pyobj(item)}
return item}}else{
self.counter++
if(self.counter < self.items.length){var item=self.items[self.counter]
if(self.items.$is_js_array){
item=$B.jsobj2pyobj(item)}
return item}}
$B.RAISE(_b_.StopIteration,"StopIteration")},__reduce_ex__:function(self){return $B.fast_tuple([_b_.iter,_b_.tuple.$factory([self.items])])}}
$B.set_func_names(klass,"builtins")
return klass}
function _Py_make_parameters(args){var is_args_list=$B.is_list(args)
var tuple_args
if(is_args_list){args=tuple_args=$B.fast_tuple(args)}
var nargs=args.length
var len=nargs
var parameters=$B.fast_tuple()
var iparam=0
for(let iarg=0;iarg < nargs;iarg++){let t=args[iarg]
if($B.is_type(t)){continue}
var rc=$B.$getattr(t,'__typing_subst__',$B.NULL)
if(rc !==$B.NULL){parameters.push(t)
iparam++}else{
var subparams=$B.$getattr(t,'__parameters__',$B.NULL)
if(subparams===$B.NULL &&
$B.$isinstance(t,[_b_.tuple,_b_.list])){
subparams=_Py_make_parameters(t)}
if(subparams && $B.is_tuple(subparams)){var len2=subparams.length
var needed=len2-1-(iarg-iparam)
if(needed > 0){len+=needed
_PyTuple_Resize(parameters,len)}
for(let t2 of subparams){parameters.push(t2)
iparam++}}}}
if(iparam < len){_PyTuple_Resize(parameters,iparam)}
return parameters}
function _unpacked_tuple_args(arg){var result
if($B.exact_type(arg,$B.GenericAlias)&&
arg.starred &&
arg.origin==_b_.tuple){return arg.args}
var result=$B.$getattr(arg,'__typing_unpacked_tuple_args__',$B.NULL)
if(result !==$B.NULL){if(result===_b_.None){return $B.NULL}
return result}
return $B.NULL}
function _unpack_args(item){var newargs=[]
var is_tuple=$B.is_tuple(item)
var nitems=is_tuple ? item.length :1
var argitems=is_tuple ? item[0]:item
for(let item of argitems){if(! $B.is_type(item)){var subargs=_unpacked_tuple_args(item)
if(subargs !==$B.NULL &&
$B.is_tuple(subargs)&&
!(subargs.length > 0 &&
subargs[subargs.length-1]===$B.ellipsis)){newargs=newargs.concat(subargs)
continue}}
newargs.push(item)}
return $B.$list(newargs)}
function _is_unpacked_typevartuple(arg){var tmp
if($B.is_type(arg)){
return 0}
var tmp=$B.$getattr(arg,'__typing_is_unpacked_typevartuple__',$B.NULL)
if(tmp !==$B.NULL){res=!!tmp}
return res}
function subs_tvars(obj,params,argitems,nargs){var subparams
var subparams=$B.$getattr(obj,'__parameters__',$B.NULL)
if(subparams !==$B.NULL &&
$B.is_tuple(subparams)&&
subparams.length > 0){var nparams=params.length
var nsubargs=subparams.length
var subargs=$B.fast_tuple()
var j=0
for(let arg of subparams){var iparam=tuple_index(params,nparams,arg)
if(iparam >=0){var param=params[iparam]
arg=argitems[iparam]
if($B.get_class(param).tp_iter && $B.is_tuple(arg)){
j=tuple_extend(subargs,j,arg[0],arg.length)
continue}}
subargs[j]=arg
j++}
obj=PyObject_GetItem(obj,subargs)}
return obj}
function _Py_subs_parameters(self,args,parameters,item){var nparams=parameters.length
if(nparams==0){$B.RAISE(_b_.TypeError,`${_b_.repr(self)} is not a generic class`
)}
item=_unpack_args(item)
for(let param of parameters){var tmp
var prepare=$B.$getattr(param,'__typing_prepare_subst__',$B.NULL)
if(prepare !==$B.NULL && prepare !=_b_.None){tmp=$B.$call(prepare,self,item)
item=tmp}}
var is_tuple=$B.is_tuple(item)
var nitems=is_tuple ? item.length :1
var argitems=is_tuple ? item[0]:item
if(nitems !=nparams){var qualif=nitems > nparams ? "many" :"few"
$B.RAISE(_b_.TypeError,`Too ${qualif} arguments for ${_b_.repr(self)}; `+
`actual ${nitems}, expected ${nparams}`
)}
var is_args_list=$B.is_list(args)
var tuple_args
if(is_args_list){args=tuple_args=$B.fats_tuple(args)}
var nargs=args.length
var newargs=$B.fast_tuple()
for(let iarg=0,jarg=0;iarg < nargs;iarg++){var arg=args[iarg]
if($B.is_type(arg)){newargs[jarg]=arg
jarg++
continue}
if($B.$isinstance(arg,[_b_.tuple,_b_.list])){var subargs=_Py_subs_parameters(self,arg,parameters,item)
if($B.is_tuple(arg)){newargs[jarg]=subargs}else{
newargs[jarg]=$B.$list(subargs)}
jarg++
continue}
var unpack=_is_unpacked_typevartuple(arg)
var subst=$B.$getattr(arg,'__typing_subst__',$B.NULL)
if(subst !==$B.NULL){var iparam=tuple_index(parameters,nparams,arg)
arg=$B.$call(subst,argitems[iparam])}else{
arg=subs_tvars(arg,parameters,argitems,nitems)}
if(unpack){if(! $B.is_tuple(arg)){var original=args[iarg]
$B.RAISE(_b_.TypeError,`expected __typing_subst__ of ${_b_.repr(original)} `+
`objects to return a tuple, not ${_b_.repr(arg)}`
)}
jarg=tuple_extend(newargs,jarg,arg[0],arg.length)}else{
newargs[jarg]=arg
jarg++}}
return newargs}
$B.GenericAlias=$B.make_builtin_class("types.GenericAlias")
$B.GenericAlias.$factory=function(origin,args){var res={ob_type:$B.GenericAlias,origin,args,starred:false}
return res}
function GenericAlias_eq(self,other){return $B.rich_comp("__eq__",self.origin,other.origin)&&
$B.rich_comp("__eq__",self.args,other.args)}
var ga_attr_exceptions=["__class__","__origin__","__args__","__unpacked__","__parameters__","__typing_unpacked_tuple_args__","__mro_entries__","__reduce_ex__",
"__reduce__"
]
var ga_attr_blocked=["__bases__","__copy__","__deepcopy__"
]
$B.GenericAlias.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,$B.GenericAlias)){return _b_.NotImplemented}
var res
switch(op){case '__eq__':
res=GenericAlias_eq(self,other)
break
case '__ne__':
res=! GenericAlias_eq(self,other)
break
default:
res=_b_.NotImplemented
break}
return res}
$B.GenericAlias.nb_or=function(){var $=$B.args('__or__',2,{self:null,other:null},arguments)
return $B.UnionType.$factory([$.self,$.other])}
function ga_repr_item(p){
if(p===_b_.Ellipsis){return '...'}
if(_b_.hasattr(p,'__origin__')&& _b_.hasattr(p,'__args__')){
console.log('p',p,'looks like GA')
return _b_.repr(p)}
var qualname=$B.$getattr(p,'__qualname__',$B.NULL),module=$B.$getattr(p,'__module__',$B.NULL)
if(qualname===$B.NULL ||module===$B.NULL ||module===_b_.None){return _b_.repr(p)}
return module=='builtins' ? qualname :module+'.'+qualname}
$B.GenericAlias.tp_repr=function(self){
var args=Array.isArray(self.args)? self.args :[self.args]
var reprs=args.map(ga_repr_item)
var iv=$B.$getattr(self.origin,'__infer_variance__',true)
var prefix=iv ? '' :'~'
return prefix+ga_repr_item(self.origin)+'['+reprs.join(", ")+']'}
$B.GenericAlias.tp_hash=function(self){return _b_.hash(self.origin)^ _b_.hash(self.args)}
$B.GenericAlias.tp_call=function(self,...args){return $B.$call(self.origin,...args)}
$B.GenericAlias.tp_getattro=function(self,name){if($B.exact_type(name,_b_.str)){
if(ga_attr_blocked.includes(name)){return _b_.object.tp_getattro(self,name)}
if(ga_attr_exceptions.includes(name)){return _b_.object.tp_getattro(self,name)}
return _b_.object.tp_getattro(self.origin,name)}}
$B.GenericAlias.tp_iter=function(self){}
$B.GenericAlias.tp_new=function(cls,args,kw){var[origin,args]=$B.unpack_args('GenericAlias',args,['origin','args'],{})
return{
ob_type:cls,origin,args,starred:false}}
$B.GenericAlias.mp_subscript=function(self,item){
if(! self.hasOwnProperty('parameters')){self.parameters=_Py_make_parameters(self.args)}
var newargs=_Py_subs_parameters(self,self.args,self.parameters,item)
var res=$B.GenericAlias.$factory(alias.origin,newargs)
res.starred=self.starred
return res}
var GenericAlias_funcs=$B.GenericAlias.tp_funcs={}
GenericAlias_funcs.__dir__=function(self){let dir=_b_.dir(self.origin)
return dir}
GenericAlias_funcs.__instancecheck__=function(self){}
GenericAlias_funcs.__mro_entries__=function(self){return $B.fast_tuple([self.origin])}
GenericAlias_funcs.__parameters___get=function(self){return $B.fast_tuple()}
GenericAlias_funcs.__parameters___set=_b_.None
GenericAlias_funcs.__reduce__=function(self){}
GenericAlias_funcs.__subclasscheck__=function(self){}
GenericAlias_funcs.__typing_unpacked_tuple_args___get=function(self){}
GenericAlias_funcs.__typing_unpacked_tuple_args___set=function(self){}
$B.GenericAlias.tp_methods=["__mro_entries__","__instancecheck__","__subclasscheck__","__reduce__","__dir__"]
$B.GenericAlias.tp_members=[["__origin__",$B.TYPES.OBJECT,"origin",1],["__args__",$B.TYPES.OBJECT,"args",1],["__unpacked__",$B.TYPES.BOOL,"starred",1]
]
$B.GenericAlias.tp_getset=["__parameters__","__typing_unpacked_tuple_args__"]
$B.set_func_names($B.GenericAlias,"types")
$B.UnionType=$B.make_builtin_class("UnionType")
$B.UnionType.$factory=function(items){
items=items.map(item=> item===_b_.None ? $B.NoneType :item)
return{
ob_type:$B.UnionType,args:$B.fast_tuple(items)}}
$B.UnionType.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,$B.UnionType)){return _b_.NotImplemented}
switch(op){case '__eq__':
return $B.list_eq(self.args,other.args)
case '__ne__':
return ! $B.list_eq(self.args,other.args)
default:
return _b_.NotImplemented}}
$B.UnionType.tp_repr=function(self){var t=[]
for(var item of self.args){if(item===$B.NoneType){t.push('None')}else if($B.is_type(item)){var s=$B.get_name(item)
let module=$B.get_from_dict(item,'__module__','builtins')
if(module !=="builtins"){s=module+'.'+s}
t.push(s)}else{
t.push(_b_.repr(item))}}
return t.join(' | ')}
$B.UnionType.nb_or=function(self,other){var items=self.args.slice()
if(other===_b_.None){other=$B.NoneType}
if(! items.includes(other)){items.push(other)}
return $B.UnionType.$factory(items)}
var UnionType_funcs=$B.UnionType.tp_funcs={}
UnionType_funcs.__class_getitem__=function(cls,items){if($B.is_tuple(items)){return $B.UnionType.$factory(items)}else{
return items}}
UnionType_funcs.__parameters___get=function(self){return $B.fast_tuple([])}
UnionType_funcs.__parameters___set=_b_.None
$B.UnionType.tp_members=[["__args__",$B.TYPES.OBJECT,"args",1]
]
$B.UnionType.tp_getset=['__parameters__']
$B.UnionType.classmethods=["__class_getitem__"]
$B.set_func_names($B.UnionType,"types")})(__BRYTHON__);
;
(function($B){var _b_=$B.builtins
var method_wrapper=$B.method_wrapper
$B.method_wrapper.tp_richcompare=function(self,other,op){if(op !=='__eq__' && op !=='__ne__' ||
! $B.$isinstance(other,method_wrapper)){return _b_.NotImplemented}
var eq=self.wrapped===other.wrapped && self.self===other.self
return op==='__eq__' ? eq :! eq}
$B.method_wrapper.tp_repr=function(self){var name=self.d_name
var class_name=self.self.ob_type.tp_name
return `<method-wrapper '${name}' of ${class_name} object>`}
$B.method_wrapper.tp_hash=function(self){return _b_.hash(self.self)^ _b_.object.tp_hash(self.wrapped)}
$B.method_wrapper.tp_call=function(self,...args){return self.wrapped(self.self,...args)}
var method_wrapper_funcs=$B.method_wrapper.tp_funcs={}
method_wrapper_funcs.__name___get=function(self){return self.d_name}
method_wrapper_funcs.__name___set=function(self){}
method_wrapper_funcs.__objclass___get=function(self){return self.self.__objclass__}
method_wrapper_funcs.__objclass___set=function(self){}
method_wrapper_funcs.__qualname___get=function(self){return $B.$getattr(self.d_type,'__qualname__')+'.'+self.d_name}
method_wrapper_funcs.__qualname___set=function(self){}
method_wrapper_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.getattr,$B.fast_tuple([self.self,self.d_name])])}
method_wrapper_funcs.__text_signature___get=function(self){}
method_wrapper_funcs.__text_signature___set=function(self){}
$B.method_wrapper.tp_methods=["__reduce__"]
$B.method_wrapper.tp_members=[["__self__",$B.TYPES.OBJECT,"self",1]
]
$B.method_wrapper.tp_getset=["__objclass__","__name__","__qualname__","__text_signature__"]
$B.set_func_names($B.method_wrapper,'builtins')
$B.member_descriptor.tp_descr_set=function(self,obj,value){if(self.d_member.flags !=0){$B.RAISE(_b_.AttributeError,"readonly attribute")}
var attr=self.d_member.attr
if(value===$B.NULL){delete obj[attr]
return}
obj[attr]=value}
$B.member_descriptor.tp_repr=function(self){return "<member '"+self.d_name+"' of '"+
self.d_type.tp_name+"' objects>"}
$B.member_descriptor.tp_descr_get=function(self,obj,kls){if(obj===$B.NULL){return self}
var attr=self.d_member.attr
if(! obj.hasOwnProperty(attr)){throw $B.attr_error(self.d_member.name,obj)}
return obj[attr]}
var member_descriptor_funcs=$B.member_descriptor.tp_funcs={}
member_descriptor_funcs.__qualname___get=function(self){return self.name}
member_descriptor_funcs.__qualname___set=_b_.None
member_descriptor_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.getattr,$B.fast_tuple([self.d_type,self.d_name])])}
$B.member_descriptor.tp_methods=["__reduce__"]
$B.member_descriptor.tp_members=[["__objclass__",$B.TYPES.OBJECT,"d_type",1],["__name__",$B.TYPES.OBJECT,"d_name",1]
]
$B.member_descriptor.tp_getset=["__qualname__"]
$B.set_func_names($B.member_descriptor,"builtins")
var method=$B.method
method.$factory=function(func,obj){var res={ob_type:$B.method,im_func:func,im_self:obj}
$B.init_dict(res)
return res}
method.tp_setattro=function(self,key){
if(key=="__class__"){$B.RAISE(_b_.TypeError,"__class__ assignment only supported "+
"for heap types or ModuleType subclasses")}
throw $B.attr_error(key,self)}
$B.method.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,method)){return _b_.NotImplemented}
var res
switch(op){case '__eq__':
res=(self.im_self===other.im_self &&
self.im_func===other.im_func)
break
case '__ne__':
res=(self.im_self !==other.im_self ||
self.im_func !==other.im_func)
break
default:
res=_b_.NotImplemented
break}
return res}
$B.method.tp_repr=function(self){var name=$B.$getattr(self.im_func,'__qualname__')
return "<bound method "+name+
" of "+_b_.str.$factory(self.im_self)+">"}
$B.method.tp_hash=function(self){return _b_.object.tp_hash(self.im_self)^ _b_.hash(self.im_func)}
$B.method.tp_call=function(self,...args){return $B.$call(self.im_func,self.im_self,...args)}
$B.method.tp_getattro=function(self,attr){var tp=$B.get_class(self)
var descr=attr=='__module__' ||attr=='__doc__' ? $B.NULL :
$B.search_in_mro(tp,attr,$B.NULL)
if(descr !==$B.NULL){var getter=$B.search_slot($B.get_class(descr),'tp_descr_get',$B.NULL)
if(getter !==$B.NULL){return getter(descr,self,tp)}else{
return descr}}
return $B.object_getattribute(self.im_func,$B.get_class(self.im_func),attr)}
$B.method.tp_descr_get=function(self){return self}
$B.method.tp_new=function(cls,args,kw){var[func,obj]=args
var res={ob_type:cls,im_func:func,im_self:obj}
$B.init_dict(res)
return res}
var method_funcs=$B.method.tp_funcs={}
method_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.getattr,$B.fast_tuple([self.im_self,$B.$getattr(self.im_func,'__name__')])])}
$B.method.functions_or_methods=["__new__"]
$B.method.tp_methods=["__reduce__"]
$B.method.tp_members=[["__func__",$B.TYPES.OBJECT,"im_func",1],["__self__",$B.TYPES.OBJECT,"im_self",1]
]
$B.set_func_names(method,"builtins")
$B.method_descriptor.tp_repr=function(self){var name=self.d_name
var class_name=self.d_type.tp_name
return `<method '${name}' of '${class_name}' objects>`}
$B.method_descriptor.tp_call=function(self,...args){if(args.length==0){var name=self.d_name
var class_name=self.d_type.tp_name
$B.RAISE(_b_.TypeError,`unbound method ${class_name}.${name} needs an argument`
)}
try{
var res=self.method(...args)
return res}catch(err){throw err}}
$B.method_descriptor.tp_descr_get=function(self,obj,klass){if(obj===$B.NULL){return self}
var f=self.method.bind(null,obj)
f.ob_type=$B.builtin_method
f.$infos=self.$infos
f.$function_infos=self.method.$function_infos
f.ml={ml_name:self.d_name}
f.m_self=obj
return f}
var method_descriptor_funcs=$B.method_descriptor.tp_funcs={}
method_descriptor_funcs.__qualname___get=function(self){return self.d_name}
method_descriptor_funcs.__qualname___set=function(self,value){self.name=value}
method_descriptor_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.getattr,$B.fast_tuple([self.d_type,self.d_name])])}
method_descriptor_funcs.__text_signature___get=function(self){}
method_descriptor_funcs.__text_signature___set=function(self){}
$B.method_descriptor.tp_methods=["__reduce__"]
$B.method_descriptor.tp_members=[["__objclass__",$B.TYPES.OBJECT,"d_type",1],["__name__",$B.TYPES.OBJECT,"d_name",1]
]
$B.method_descriptor.tp_getset=["__qualname__","__text_signature__"]
$B.set_func_names($B.method_descriptor,'builtins')
$B.classmethod_descriptor.tp_repr=function(self){return `<method '${self.d_name}' of '${$B.get_name(self.d_type)}' objects>`}
$B.classmethod_descriptor.tp_call=function(self,...args){return self.d_method(self.d_type,...args)}
$B.classmethod_descriptor.tp_descr_get=function(self,obj,type){if(type===undefined){type=$B.get_class(obj)}
if(! $B.is_type(type)){$B.RAISE(_b_.TypeError,`descriptor '${self.d_name}' for type '${$B.get_name(self.d_type)}' `+
`needs a type, not a '${$B.class_name(type)}' as arg 2`)}
if(! _b_.issubclass(type,self.d_type)){$B.RAISE(_b_.TypeError,"descriptor '%V' requires a subtype of '%.100s' "+
"but received '%.100s'",descr_name(descr),PyDescr_TYPE(descr).tp_name,type.tp_name)}
var cls=$B.NULL
if(self.d_method.ml_flags & $B.METH_METHOD){cls=descr.d_common.d_type}
var f=function(...args){return self.d_method.call(null,type,...args)}
Object.assign(f,{ob_type:$B.builtin_function_or_method,ml:{ml_name:self.d_name},m_self:type,$function_infos:self.d_method.$function_infos}
)
return f}
var classmethod_descriptor_funcs=$B.classmethod_descriptor.tp_funcs={}
classmethod_descriptor_funcs.__doc___get=function(self){}
classmethod_descriptor_funcs.__doc___set=function(self){}
classmethod_descriptor_funcs.__qualname___get=function(self){}
classmethod_descriptor_funcs.__qualname___set=function(self){}
classmethod_descriptor_funcs.__text_signature___get=function(self){}
classmethod_descriptor_funcs.__text_signature___set=function(self){}
$B.classmethod_descriptor.tp_members=[["__objclass__",$B.TYPES.OBJECT,"d_type",1],["__name__",$B.TYPES.OBJECT,"d_name",1]
]
$B.classmethod_descriptor.tp_getset=["__doc__","__qualname__","__text_signature__"]
$B.set_func_names($B.classmethod_descriptor,'builtins')
$B.getset_descriptor.$factory=function(klass,attr,getset){var[getter,setter]=getset
var res={ob_type:$B.getset_descriptor,__doc__:_b_.None,d_type:klass,d_name:attr,getter,setter}
return res}
$B.getset_descriptor.tp_descr_set=function(self,obj,value){
if(typeof self.setter !=='function'){$B.RAISE_ATTRIBUTE_ERROR(
`attribute '${self.d_name}' of '${self.d_type.tp_name}' objects is not writable`,self,self.d_name)}
return self.setter(obj,value)}
$B.getset_descriptor.tp_repr=function(self){return `<attribute '${self.d_name}' of '${$B.get_name(self.d_type)}' objects>`}
$B.getset_descriptor.tp_descr_get=function(self,obj){if(obj===$B.NULL){return self}
if(! $B.get_mro($B.get_class(obj)).includes(self.d_type)){$B.RAISE(_b_.TypeError,`descriptor '${self.d_name}' for `+
`'${$B.get_name(self.d_type)}' objects doesn't apply to a `+
`'${$B.class_name(obj)}' object`)}
return self.getter(obj)}
var getset_descriptor_funcs=$B.getset_descriptor.tp_funcs={}
getset_descriptor_funcs.__qualname___get=function(self){return self.d_name}
getset_descriptor_funcs.__qualname___set=function(self,value){self.d_name=value}
$B.getset_descriptor.tp_members=[["__objclass__",$B.TYPES.OBJECT,"d_type",1],["__name__",$B.TYPES.OBJECT,"d_name",1]
]
$B.getset_descriptor.tp_getset=["__qualname__"]
$B.set_func_names($B.getset_descriptor,"builtins")
var wrapper_descriptor=$B.wrapper_descriptor
wrapper_descriptor.$factory=function(cls,attr,f){
return{
ob_type:wrapper_descriptor,d_type:cls,d_name:attr,wrapped:f}}
$B.wrapper_descriptor.tp_repr=function(self){var name=self.d_name
var class_name=self.d_type.tp_name
return `<slot wrapper '${name}' of '${class_name}' objects>`}
$B.wrapper_descriptor.tp_call=function(descr,...args){var no_args=args.length==0 ||(args.length==1 && args[0].$kw)
if(no_args){$B.RAISE(_b_.TypeError,`descriptor '${descr.d_name}' of '${descr.d_type.tp_name}' `+
`object needs an argument`
)}
var self=args[0]
if(! _b_.issubclass($B.get_class(self),descr.d_type)){$B.RAISE(_b_.TypeError,`descriptor '${descr.d_name}' requires a `+
`'${descr.d_type.tp_name}' object `+
`but received a '${$B.class_name(self)}'`
)}
return descr.wrapped(...args)}
$B.wrapper_descriptor.tp_descr_get=function(self,obj,type){if(obj===$B.NULL){return self}
var res={ob_type:$B.method_wrapper,d_name:self.d_name,d_type:self.d_type,self:obj,wrapped:self.wrapped}
return res}
var wrapper_descriptor_funcs=$B.wrapper_descriptor.tp_funcs={}
wrapper_descriptor_funcs.__qualname___get=function(self){return self.d_name}
wrapper_descriptor_funcs.__qualname___set=function(self,value){self.d_name=value}
wrapper_descriptor_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.getattr,$B.fast_tuple([self.d_type,self.d_name])])}
wrapper_descriptor_funcs.__text_signature___get=function(self){return '(self, /, *args, **kwargs)'}
wrapper_descriptor_funcs.__text_signature___set=function(self){}
$B.wrapper_descriptor.tp_methods=["__reduce__"]
$B.wrapper_descriptor.tp_members=[["__objclass__",$B.TYPES.OBJECT,"d_type",1],["__name__",$B.TYPES.OBJECT,"d_name",1]
]
$B.wrapper_descriptor.tp_getset=["__qualname__","__text_signature__"]
$B.set_func_names(wrapper_descriptor,"builtins")})(__BRYTHON__)
;
"use strict";
(function($B){var _b_=$B.builtins
var classmethod=_b_.classmethod
classmethod.$factory=function(func){$B.check_nb_args_no_kw('classmethod',1,arguments)
var res={ob_type:classmethod,cm_callable:func}
$B.init_dict(res)
return res}
_b_.classmethod.tp_repr=function(self){return `<classmethod(${_b_.repr(self.cm_callable)})>`}
_b_.classmethod.tp_descr_get=function(self,obj,type){if(! self.hasOwnProperty("cm_callable")){$B.RAISE(_b_.RuntimeError,"uninitialized classmethod object")}
if(type===undefined){type=$B.get_class(obj)}
return $B.$call($B.method,self.cm_callable,type)}
_b_.classmethod.tp_init=function(self,func){self.cm_callable=func}
_b_.classmethod.tp_new=function(cls,args,kw){var res={ob_type:cls}
$B.init_dict(res)
return res}
var classmethod_funcs=_b_.classmethod.tp_funcs={}
classmethod_funcs.__annotate___get=function(self){}
classmethod_funcs.__annotate___set=function(self){}
classmethod_funcs.__annotations___get=function(self){}
classmethod_funcs.__annotations___set=function(self){}
classmethod_funcs.__class_getitem__=$B.$class_getitem
classmethod_funcs.__isabstractmethod___get=function(self){var res=$B.get_from_dict(self.cm_callable,'__isabstractmethod__',$B.NULL)
if(res===$B.NULL){return false}
return res}
classmethod_funcs.__isabstractmethod___set=_b_.None
_b_.classmethod.classmethods=["__class_getitem__"]
_b_.classmethod.tp_members=[["__func__",$B.TYPES.OBJECT,"cm_callable",1],["__wrapped__",$B.TYPES.OBJECT,"cm_callable",1]
]
_b_.classmethod.tp_getset=["__isabstractmethod__","__annotations__","__annotate__"]
$B.set_func_names(classmethod,"builtins")
var staticmethod=_b_.staticmethod
staticmethod.$factory=function(func){let self=staticmethod.tp_new(staticmethod,[func])
staticmethod.tp_init(self,func)
return self}
_b_.staticmethod.tp_repr=function(self){return `<staticmethod(${_b_.repr(self.sm_callable)})>`}
_b_.staticmethod.tp_call=function(self,...args){return self.sm_callable(...args)}
_b_.staticmethod.tp_descr_get=function(self){return self.sm_callable}
_b_.staticmethod.tp_init=function(self,func){self.sm_callable=func
for(let attr of['__module__','__name__','__qualname__','__doc__']){$B.set_to_dict(self,attr,func.$function_infos[$B.func_attrs[attr]])}}
_b_.staticmethod.tp_new=function(cls,args,kw){let res={ob_type:cls,sm_callable:_b_.None}
$B.init_dict(res)
return res}
var staticmethod_funcs=_b_.staticmethod.tp_funcs={}
staticmethod_funcs.__annotate___get=function(self){}
staticmethod_funcs.__annotate___set=function(self){}
staticmethod_funcs.__annotations___get=function(self){}
staticmethod_funcs.__annotations___set=function(self){}
staticmethod_funcs.__class_getitem__=$B.$class_getitem
staticmethod_funcs.__dict___get=function(self){return $B.get_dict(self)}
staticmethod_funcs.__dict___set=function(self){}
staticmethod_funcs.__isabstractmethod___get=function(self){var res=$B.get_from_dict(self.sm_callable,'__isabstractmethod__',$B.NULL)
if(res===$B.NULL){return false}
return res}
staticmethod_funcs.__isabstractmethod___set=_b_.None
_b_.staticmethod.classmethods=["__class_getitem__"]
_b_.staticmethod.tp_members=[["__func__",$B.TYPES.OBJECT,"sm_callable",1],["__wrapped__",$B.TYPES.OBJECT,"sm_callable",1]
]
_b_.staticmethod.tp_getset=["__isabstractmethod__","__dict__","__annotations__","__annotate__"]
$B.set_func_names(staticmethod,"builtins")
$B.builtin_function_or_method.tp_richcompare=function(self,other,op){if((op !='__eq__' && op !='__ne__')||
! $B.$isinstance(self,$B.builtin_function_or_method)||
! $B.$isinstance(other,$B.builtin_function_or_method)){return _b_.NotImplemented}
let res
if(self===other){res=true}else if(self.m_self===undefined ||other.m_self===undefined){res=false}else{
res=self.m_self===other.m_self &&
self.ml && other.ml
&& self.ml.ml_name===other.ml.ml_name}
return op=='__eq__' ? res :! res}
$B.builtin_function_or_method.tp_repr=function(self){if(self.m_self){return `<built-in method ${self.ml.ml_name} `+
`of ${$B.class_name(self.m_self)} object>`}else{
var name=self.$function_infos[$B.func_attrs.__name__]
return `<built-in function ${name}>`}}
$B.builtin_function_or_method.tp_hash=function(self){return _b_.object.tp_hash(self)}
$B.builtin_function_or_method.tp_call=function(self,...args){return self(...args)}
var builtin_function_or_method_funcs=$B.builtin_function_or_method.tp_funcs={}
builtin_function_or_method_funcs.__name___get=function(self){if(self.$function_infos===undefined){console.log('no function infos',self)}
return self.$function_infos[$B.func_attrs.__name__]}
builtin_function_or_method_funcs.__name___set=_b_.None
builtin_function_or_method_funcs.__doc___get=function(self){
return self.__doc__ ?? _b_.None}
builtin_function_or_method_funcs.__doc___set=_b_.None
builtin_function_or_method_funcs.__qualname___get=function(self){return self.$function_infos[$B.func_attrs.__qualname__]}
builtin_function_or_method_funcs.__qualname___set=_b_.None
builtin_function_or_method_funcs.__reduce__=function(self){var name=self.ml ? self.ml.ml_name :
self.$function_infos[$B.func_attrs.__name__]
if(self.m_self !==undefined && self.m_self !==null &&
! $B.$isinstance(self.m_self,$B.module)){return $B.fast_tuple([_b_.getattr,$B.fast_tuple([self.m_self,name])])}
return name}
builtin_function_or_method_funcs.__self___get=function(self){return self.m_self}
builtin_function_or_method_funcs.__self___set=_b_.None
builtin_function_or_method_funcs.__text_signature___get=function(self){}
builtin_function_or_method_funcs.__text_signature___set=function(self){}
$B.builtin_function_or_method.tp_methods=["__reduce__"]
$B.builtin_function_or_method.tp_members=[["__module__",$B.TYPES.OBJECT,"m_module",0]
]
$B.builtin_function_or_method.tp_getset=["__doc__","__name__","__qualname__","__self__","__text_signature__"
]
$B.set_func_names($B.builtin_function_or_method,"builtins")
function doc_set(f,value){$B.check_infos(f)
f.$infos.__doc__=value}
function module_get(f){$B.check_infos(f)
return f.$infos.__module__}
function module_set(f,value){$B.check_infos(f)
f.$infos.__module__=value}
function name_get(f){$B.check_infos(f)
return f.$infos.__name__}
function name_set(f,value){$B.check_infos(f)
if(! $B.is_str(value)){$B.RAISE(_b_.TypeError,'__name__ must be set to a string object')}
f.$infos.__name__=value}
function qualname_get(f){$B.check_infos(f)
return f.$infos.__qualname__}
function qualname_set(f,value){$B.check_infos(f)
if(! $B.is_str(value)){$B.RAISE(_b_.TypeError,'__qualname__ must be set to a string object')}
f.$infos.__qualname__=value}
function type_params_get(f){$B.check_infos(f)
return f.$infos.__type_params__}
function type_params_set(f,value){$B.check_infos(f)
if(! $B.is_tuple(value)){$B.RAISE(_b_.TypeError,'TypeError: __type_params__ must be set to a tuple')}
f.$infos.__type_params__=value}
function globals_get(f){$B.check_infos(f)
return $B.obj_dict($B.imported[f.$infos.__module__])}
$B.function.$factory=function(){var $=$B.args('FunctionType',2,{code:null,globals:null},arguments,null,null,'kw')
var code=$.code
var __name__=$B.str_dict_get($.kw,'name',code.co_name)
var frame=$B.frame_obj.frame
var gname=$B.str_dict_get($.globals,'__name__',frame[2])
var globals_name='locals_'+gname.replace(/[^\w$]/g,'_')
var globals_name='locals_'+__name__
var __file__=frame.__file__
var func=new Function('_b_','__file__',globals_name,'return '+code.co_code)
var f=func(_b_,__file__,$.globals)
$B.set_function_infos(f,{__name__,__qualname__:frame[2]+'.'+__name__}
)
var kwargs=$.kw
if(kwargs.hasOwnProperty('argdefs')){$B.set_function_attr(f,'__defaults__',kwargs.argdefs)}
if(kwargs.hasOwnProperty('kwdefaults')){$B.set_function_attr(f,'__kwdefaults__',kwargs.kwdefaults)}
return f}
$B.function.tp_repr=function(self){if(self.$function_infos){return `<function ${self.$function_infos[$B.func_attrs.__qualname__]}>`}else if(self.$infos===undefined){return '<function '+self.name+'>'}else{
return '<function '+self.$infos.__qualname__+'>'}}
$B.function.tp_call=function(self,...args){return self(...args)}
$B.function.tp_descr_get=function(self,obj){if(obj===$B.NULL){return self}
return $B.$call($B.method,self,obj)}
$B.function.tp_new=function(cls,args,kw){var f=$B.function.$factory(...args)
f.cls=cls
return f}
var function_funcs=$B.function.tp_funcs={}
function_funcs.__annotate___get=function(self){return self.__annotate__ ?? _b_.None}
function_funcs.__annotate___set=function(self,value){self.__annotate__=value}
function_funcs.__annotations___get=function(self){$B.check_infos(self)
if(self.__annotations__ !==undefined){return self.__annotations__}else{
if(self.__annotate__===_b_.None){return self.__annotations__=$B.empty_dict()}else{
return self.__annotations__=self.__annotate__(1)}}}
function_funcs.__annotations___set=function(self,value){$B.check_infos(self)
if(! $B.is_dict(value)){$B.RAISE(_b_.TypeError,'__annotations__ must be set to a dict object')}
self.__annotations__=value}
function_funcs.__builtins___get=function(self){$B.check_infos(self)
if(self.$infos && self.$infos.__globals__){return _b_.dict.$getitem(self.$infos.__globals__,'__builtins__')}
return $B.obj_dict(_b_)}
function_funcs.__builtins___set=_b_.None
function_funcs.__closure___get=function(self){if(self.$closure){return self.$closure}
var free_vars=self.$function_infos[$B.func_attrs.free_vars]
if(free_vars===undefined ||free_vars.length==0){return _b_.None}
var cells=[]
for(var i=0;i < free_vars.length;i++){try{
cells.push($B.cell.$factory($B.$check_def_free(free_vars[i])))}catch(err){
cells.push($B.cell.$factory(_b_.None))}}
return $B.fast_tuple(cells)}
function_funcs.__closure___set=_b_.None
function_funcs.__code___get=function(self){$B.check_infos(self)
var res={ob_type:$B.code}
$B.init_dict(res)
for(var attr in self.$infos.__code__){res[attr]=self.$infos.__code__[attr]}
res.co_name=self.$infos.__name__
res.co_filename=self.$infos.__code__.co_filename
res.co_code=self+"" 
return res}
function_funcs.__code___set=function(self,value){$B.check_infos(self)
if(! $B.$isinstance(value,$B.code)){$B.RAISE(_b_.TypeError,'__code__ must be set to a code object')}
self.$infos.__code__=value}
function_funcs.__defaults___get=function(self){$B.check_infos(self)
return self.$infos.__defaults__}
function_funcs.__defaults___set=function(self,value){$B.check_infos(self)
if(value===_b_.None){value=[]}else if(! $B.is_tuple(value)){$B.RAISE(_b_.TypeError,"__defaults__ must be set to a tuple object")}
self.$infos.__defaults__=value
self.$function_infos[$B.func_attrs.__defaults__]=value
reset_args_parser(self)}
function_funcs.__dict___get=function(self){return $B.get_dict(self)}
function_funcs.__dict___set=function(self,value){if(value===$B.NULL){$B.RAISE(_b_.TypeError,"cannot delete __dict__")}
if(! $B.is_dict(value)){$B.RAISE(_b_.TypeError,`__dict__ must be set to a dictionary, not a `+
`'${$B.class_name(value)}'`
)}
$B.set_dict(self,value)}
function_funcs.__doc___get=function(self){return self.$function_infos[$B.func_attrs.__doc__]}
function_funcs.__doc___set=function(self,value){self.$function_infos[$B.func_attrs.__doc__]=value}
function_funcs.__kwdefaults___get=function(self){$B.check_infos(self)
return self.$infos.__kwdefaults__}
function_funcs.__kwdefaults___set=function(self,value){$B.check_infos(self)
if(value==_b_.None){value=$B.empty_dict()}else if(! $B.is_dict(value)){$B.RAISE(_b_.TypeError,'__kwdefaults__ must be set to a dict object')}
self.$infos.__kwdefaults__=value
var kwd={}
for(var item of _b_.dict.$iter_items(value)){kwd[item.key]=item.value}
self.$function_infos[$B.func_attrs.__kwdefaults__]=kwd
reset_args_parser(self)}
function_funcs.__name___get=function(self){return self.$function_infos[$B.func_attrs.__name__]}
function_funcs.__name___set=function(self,value){self.$function_infos[$B.func_attrs.__name__]=value}
function_funcs.__qualname___get=function(self){return self.$function_infos[$B.func_attrs.__qualname__]}
function_funcs.__qualname___set=function(self,value){self.$function_infos[$B.func_attrs.__qualname__]=value}
function_funcs.__type_params___get=function(self){var res=self.$function_infos[$B.func_attrs.__type_params__]
return $B.fast_tuple(res)}
function_funcs.__type_params___set=function(self,value){self.$function_infos[$B.func_attrs.__type_params__]=value}
$B.function.tp_getset=["__code__","__defaults__","__kwdefaults__","__annotations__","__annotate__","__dict__","__name__","__qualname__","__type_params__",
"__builtins__","__closure__","__doc__"
]
$B.function.tp_members=[['__globals__',$B.TYPES.OBJECT,"func_globals",1],['__module__',$B.TYPES.OBJECT,"func_module",0]
]
$B.set_func_names($B.function,"builtins")
$B.set_func_attrs=function(f,frame,module){f.func_globals=$B.obj_dict(frame[3])
f.func_module=module}
$B.check_infos=function(f){if(! f.$infos){if(f.$function_infos){$B.make_function_infos(f,...f.$function_infos)}else{
console.log('no $infos, no $function_infos')}}}
$B.make_function_infos=function(f,__module__,co_name,co_qualname,co_filename,__defaults__,__kwdefaults__,__doc__,arg_names,vararg,kwarg,co_argcount,co_firstlineno,co_flags,co_freevars,co_kwonlyargcount,co_posonlyargcount,co_varnames,annotations,type_params
){f.$is_func=true
f.$args_parser=$B.make_args_parser_and_parse
if(co_flags & $B.COMPILER_FLAGS.COROUTINE){f.$is_async=true}
__defaults__=__defaults__===_b_.None ?[]:__defaults__
__defaults__.ob_type=_b_.tuple
__kwdefaults__=__kwdefaults__===_b_.None ? _b_.None :
_b_.dict.$from_js(__kwdefaults__)
f.$infos={__module__,__defaults__,__kwdefaults__,__doc__,arg_names,vararg,kwarg}
f.$infos.__name__=co_name
f.$infos.__qualname__=co_qualname
type_params=type_params ??[]
type_params.ob_type=_b_.tuple
f.$infos.__type_params__=type_params
co_freevars=co_freevars ??[]
co_freevars.ob_type=_b_.tuple
co_varnames=co_varnames ??[]
co_varnames.ob_type=_b_.tuple
if(annotations){
f.__annotations__=_b_.dict.$literal(annotations)}
f.$infos.__code__={co_argcount,co_filename,co_firstlineno,co_flags,co_freevars,co_kwonlyargcount,co_name,co_nlocals:co_varnames.length,co_posonlyargcount,co_qualname,co_varnames}
f.$infos.__code__.co_positions=()=> $B.$list([])
f.$infos.__code__.co_positions.ob_type=$B.function
$B.init_dict(f.$infos)}
function missing_names(missing){var len=missing.length
var plural=len==1 ? '' :'s'
var report
switch(len){case 1:
report=`${missing[0]}`
break
case 2:
report=`${missing[0]} and ${missing[1]}`
break
default:
report=`${missing.slice(0, len - 1).join(', ')}, and `+
`${missing[len - 1]}`
break}
return report}
function add_to_kwargs(kw_dict,key,value){$B.str_dict_set(kw_dict,key,value)}
function reset_args_parser(self){self.$arguments_parser=make_arguments_parser(self)}
$B.args_parser=function(f,args){if(! f.$arguments_parser){f.$arguments_parser=make_arguments_parser(f)}
return f.$arguments_parser(f,args)}
function make_arguments_parser(f){
var infos=f.$function_infos
var name=infos[$B.func_attrs.__name__]
var arg_names=infos[$B.func_attrs.arg_names]
var positional_length=infos[$B.func_attrs.positional_length]
var kwonly_length=infos[$B.func_attrs.kwonlyargs_length]
var vararg=infos[$B.func_attrs.args_vararg]
var kwarg=infos[$B.func_attrs.args_kwarg]
var defaults=infos[$B.func_attrs.__defaults__]
var posonly_length=infos[$B.func_attrs.posonlyargs_length]
var kwonly_defs=infos[$B.func_attrs.__kwdefaults__]
var nb_formal=positional_length+kwonly_length
var parser=function(f,args){var def_obj
if(defaults !==_b_.None){def_obj={}
var start_defs=positional_length-defaults.length
for(var i=start_defs;i < positional_length;i++){def_obj[arg_names[i]]=defaults[i-start_defs]}}
if(kwonly_defs !==_b_.None){def_obj=def_obj ??{}
for(var key in kwonly_defs){def_obj[key]=kwonly_defs[key]}}
var too_many_pos=0
var posonly_as_keywords
const locals=$B.empty_dict()
var filled_pos=0
var vargs
if(kwarg !==null){locals[kwarg]=$B.empty_dict()}
const args_length=args.length
const last_arg=args[args_length-1]
const has_kw=last_arg?.$kw
const nb_pos=has_kw ? args_length-1 :args_length
if(vararg !==null){locals[vararg]=vargs=$B.fast_tuple()}
if(nb_pos <=positional_length){for(let iarg=0;iarg < nb_pos;iarg++){locals[arg_names[iarg]]=args[iarg]}
filled_pos=nb_pos}else{
for(let iarg=0;iarg < positional_length;iarg++){locals[arg_names[iarg]]=args[iarg]}
filled_pos=positional_length
if(vararg !==null){for(let j=positional_length;j < nb_pos;j++){vargs.push(args[j])}}else{
too_many_pos=nb_pos-positional_length}}
if(has_kw){function add_key(key,value){var index=arg_names.indexOf(key)
if(index==-1){if(kwarg){add_to_kwargs(locals[kwarg],key,value)
return}else{
$B.RAISE(_b_.TypeError,name+
`() got an unexpected keyword argument '${key}'`)}}
if(locals.hasOwnProperty(key)){if(kwarg && index < posonly_length){$B.str_dict_set(locals[kwarg],key,value)
return}
$B.RAISE(_b_.TypeError,name+
`() got multiple values for argument '${key}'`)}
if(index < posonly_length){if(defaults===_b_.None ||
index <=positional_length-defaults.length){
if(kwarg){$B.str_dict_set(locals[kwarg],key,value)}else{
posonly_as_keywords=posonly_as_keywords ??[]
posonly_as_keywords.push(key)}}}else{
locals[key]=value
filled_pos++}}
var elt=last_arg
for(let key in elt.$kw[0]){add_key(key,elt.$kw[0][key])}
for(let i=1;i< elt.$kw.length;i++){if($B.get_class(elt.$kw[i])===_b_.dict){for(let item of _b_.dict.$iter_items(elt.$kw[i])){add_key(item.key,item.value)}}else{
let klass=$B.get_class(elt.$kw[i])
let keys_method=$B.$getattr(klass,'keys',null)
let getitem=$B.$getattr(klass,'__getitem__',null)
if(keys_method===null ||getitem===null){$B.RAISE(_b_.TypeError,`${name} argument after ** must be a mapping, `+
`not ${$B.class_name(elt.$kw[i])}`)}
for(let key of $B.make_js_iterator(keys_method(elt.$kw[i]))){add_key(key,getitem(elt.$kw[i],key))}}}}
if(too_many_pos > 0){var plural=positional_length==1 ? '' :'s'
var nb=positional_length+too_many_pos
var report=positional_length
if(defaults.length){var nb_min=positional_length-defaults.length
report=`from ${nb_min} to ${positional_length}`
plural='s'}
$B.RAISE(_b_.TypeError,`${name}() takes ${report} positional argument`+
`${plural} but ${nb} ${nb == 1 ? 'was' : 'were'} given`)}
if(posonly_as_keywords){$B.RAISE(_b_.TypeError,`${name}() got some positional-only arguments passed as keyword `+
`arguments: '${posonly_as_keywords.join(', ')}'`)}
if(nb_formal==0){
return locals}
if(filled_pos < nb_formal){for(let key in def_obj){if(! locals.hasOwnProperty(key)){locals[key]=def_obj[key]
filled_pos++}}
if(filled_pos < nb_formal){
var missing_positional=[]
var missing_kwonly=[]
for(let i=0;i < nb_formal;i++){let arg_name=arg_names[i]
if(! locals.hasOwnProperty(arg_name)){if(i < positional_length){missing_positional.push(`'${arg_name}'`)}else{
missing_kwonly.push(`'${arg_name}'`)}}}
var missing
var missing_type
var report
if(missing_positional.length){missing=missing_positional
missing_type='positional'}else{
missing=missing_kwonly
missing_type='keyword-only'}
var report=missing_names(missing)
var nb_missing=missing.length
var plural=nb_missing==1 ? '' :'s'
$B.RAISE(_b_.TypeError,name+
`() missing ${nb_missing} required ${missing_type} `+
`argument${plural}: ${report}`)}}
return locals}
return parser}})(__BRYTHON__);
;

(function($B){"use strict";
var _b_=$B.builtins
function make_lines(self){
if(self.$lines===undefined){if(! self.$binary){self.$lines=self.$content.split("\n")
if($B.last(self.$lines)==''){self.$lines.pop()}
self.$lines=self.$lines.map(x=> x+'\n')}else{
var lines=[],pos=0,source=self.$content.source,len=source.length
while(pos < len){var ix=source.indexOf(10,pos)
if(ix==-1){lines.push({ob_type:_b_.bytes,source:source.slice(pos)})
break}else{
lines.push({ob_type:_b_.bytes,source:source.slice(pos,ix+1)})
pos=ix+1}}
self.$lines=lines}}}
var IOUnsupported
const DEFAULT_BUFFER_SIZE=(128*1024)
$B.make_IOUnsupported=function(){if($B._IOUnsupported===undefined){$B._IOUnsupported=$B.make_type('UnsupportedOperation',[_b_.OSError,_b_.ValueError])
$B.set_to_dict($B._IOUnsupported,'__module__','io')
$B.finalize_type($B._IOUnsupported)}}
function _io_unsupported(value){$B.make_IOUnsupported()
throw $B.$call($B._IOUnsupported,value)}
var _IOBase=$B.make_builtin_class("_IOBase")
_IOBase.tp_iter=function(self){if(self.closed){$B.RAISE(_b_.ValueError,'closed')}
self.readline=$B.search_in_mro($B.get_class(self),'readline')
return self}
_IOBase.tp_iternext=function*(self){
var rl=self.readline ||$B.search_in_mro($B.get_class(self),'readline')
var line=$B.$call(rl,self)
if(line==undefined ||_b_.len(line)===0){return}
yield line}
_IOBase.tp_finalize=function(self){
try{
var closed=$B.$getattr(self,'closed')}catch(err){if($B.is_exc(err,_b_.AttributeError)){
return}}
if(closed){return}
$B.$call($B.$getattr(self,'close'))}
var _IOBase_funcs=_IOBase.tp_funcs={}
_IOBase_funcs.__enter__=function(self){
var closed=false
try{
closed=$B.$bool($B.$getattr(self,'closed'))}catch(err){closed=!! self._closed}
if(closed){$B.RAISE(_b_.ValueError,'I/O operation on closed file.')}
return self}
_IOBase_funcs.__exit__=function(self,type,value,traceback){
return $B.$call($B.$getattr(self,'close'))}
_IOBase_funcs.close=function(self){self._closed=true
return _b_.None}
_IOBase_funcs.closed_get=function(self){return self._closed}
_IOBase_funcs.closed_set=_b_.None
_IOBase_funcs.fileno=function(_self){_io_unsupported('fileno')}
_IOBase_funcs.flush=function(self){CHECK_CLOSED(self)
return _b_.None}
_IOBase_funcs.isatty=function(){return false}
_IOBase_funcs.readable=function(){return false}
_IOBase_funcs.readline=function(_self,limit=-1){var $=$B.args('readline',2,{self:null,limit:null},arguments,{limit:-1}),_self=$.self,limit=$.limit
var old_size=-1
var peek=$B.$getattr(_self,"peek",null)
var buffer=_b_.bytearray.$factory()
limit=$B.PyNumber_Index(limit)
while(limit < 0 ||_b_.len(buffer)< limit){var nreadahead=1
var b
if(peek !=null){var readahead=peek(1)
if(! $B.is_bytes(readahead)){$B.RAISE(_b_.OSError,"peek() should have returned a bytes object, "+
`not '${$B.class_name(readahead)}'`)}
if(readahead.length > 0){var n=0
var buf=_b_.bytes.$decode(readahead,'latin-1')
if(limit >=0){while(true){if(n >=readahead.length ||n >=limit){break}
if(buf[n++]=='\n'){break}}}else{
while(true){if(n >=readahead.length){break}
if($B.$getitem(buffer,n++)=='\n'){break}}}
nreadahead=n}}
var read=$B.search_in_mro($B.get_class(_self),"read")
b=$B.$call(read,_self,nreadahead)
if(! $B.is_bytes(b)){$B.RAISE(_b_.OSError,"read() should have returned a bytes object, "+
`not '${$B.class_name(b)}'`)}
if(_b_.len(b)==0){break}
_b_.bytearray.tp_funcs.extend(buffer,b)
if($B.last(_b_.list.$factory(buffer))==10){
break}}
return $B.$call(_b_.bytes,buffer)}
_IOBase_funcs.readlines=function(_self,hint){var $=$B.args('readlines',2,{self:null,hint:null},arguments,{hint:-1})
var _self=$.self,hint=$.hint
var length=0
var result,it
if(hint===_b_.None){hint=-1}else{
hint=$B.PyNumber_Index(hint)}
result=$B.$list([])
if(hint <=0){return _b_.list.$factory(_self)}
var readline=$B.search_in_mro($B.get_class(_self),'readline')
while(true){var line=readline(_self)
var line_length=_b_.len(line)
if(line_length==0){break}else{
result[result.length]=line}
if(line_length > hint-length){break}
length+=line_length}
return result}
_IOBase_funcs.seek=function(_self){_io_unsupported('seek')}
_IOBase_funcs.seekable=function(){return false}
_IOBase_funcs.tell=function(self){return $B.$getattr(self,'seek')(0,1)}
_IOBase_funcs.truncate=function(){_io_unsupported('truncate')}
_IOBase_funcs.writable=function(){return false}
_IOBase_funcs.writelines=function(_self,lines){var iter,res
if(_self.closed){$B.RAISE(_b_.OSError,'closed')}
var writer=$B.$getattr(_self,'write',$B.NULL)
if(writer===$B.NULL){$B.RAISE(_b_.AttributeError,'no attribute write')}
for(var line of $B.make_js_iterator(lines)){$B.$call(writer,line)}
return _b_.None}
_IOBase.tp_methods=["__enter__","__exit__","close","fileno","flush","isatty","readable","readlines","seek","seekable","tell","truncate","writable","writelines"
]
_IOBase.tp_getset=["closed"]
$B.set_func_names(_IOBase,"builtins")
$B._RawIOBase=$B.make_builtin_class('_io._RawIOBase',[_IOBase])
var _RawIOBase_funcs=$B._RawIOBase.tp_funcs={}
_RawIOBase_funcs.read=function(_self,n){var b,res
if(n < 0){return $B.$call($B.$getattr(_self,"readall"))}
b=_b_.bytearray.$factory()
$B.$call($B.$getattr(_self,"readinto"),b)
return b}
_RawIOBase_funcs.readall=function(_self){var r
var chunks=[]
var result
while(1){var data=$B.$call($B.$getattr(_self,"read"),DEFAULT_BUFFER_SIZE)
if(data===_b_.None){if(chunks.length==0){return data}
break}
if(! $B.is_bytes(data)){$B.RAISE(_b_.TypeError,"read() should return bytes")}
if(_b_.len(data)==0){break}
chunks.push(data)}
result=_b_.bytes.tp_funcs.join(_b_.bytes.$fast_bytes([]),chunks)
return result}
_RawIOBase_funcs.readinto=function(_self,b){throw _b_.NotImplementedError('readinto')}
_RawIOBase_funcs.write=function(){throw _b_.NotImplementedError('readinto')}
$B._RawIOBase.tp_methods=["read","readall","readinto","write"
]
$B.set_func_names($B._RawIOBase,"_io")
$B._BufferedIOBase=$B.make_builtin_class('_BufferedIOBase',[_IOBase])
$B.is_buffer=function(obj){if($B.get_class(obj).$buffer_protocol){return true}
for(var klass of $B.get_mro($B.get_class(obj))){if(klass.$buffer_protocol){return true}}
return false}
function _bufferediobase_readinto_generic(_self,buffer,readinto1){var len,data
if(! $B.is_buffer(buffer)){$B.RAISE(_b_.TypeError," readinto() argument must be "+
`read-write bytes-like object, not ${$B.class_name(buffer)}`)}
var attr=readinto1 ? "read1" :"read"
data=$B.$call($B.$getattr(_self,attr),_b_.len(buffer))
if(! $B.is_bytes(data)){$B.RAISE(_b_.TypeError,"read() should return bytes")}
len=_b_.bytes.mp_length(data)
if(len > _b_.len(buffer)){$B.RAISE(_b_.ValueError,"read() returned too much data: "
`${_b_.len(buffer)} bytes requested, ${len} returned`)}
var setitem=$B.search_in_mro($B.get_class(buffer),'__setitem__')
$B.$call(setitem,buffer,_b_.slice.$factory(0,len),data)
return len}
var _BufferedIOBase_funcs=$B._BufferedIOBase.tp_funcs={}
_BufferedIOBase_funcs.__exit__=function(self,type,value,traceback){
$B.$call($B.$getattr(self,'close'))
return _b_.None}
_BufferedIOBase_funcs.readinto=function(_self,buffer){return _bufferediobase_readinto_generic(_self,buffer,0)}
_BufferedIOBase_funcs.readinto1=function(_self,buffer){return _bufferediobase_readinto_generic(_self,buffer,1)}
_BufferedIOBase_funcs.close=function(_self){_self._closed=true}
_BufferedIOBase_funcs.detach=function(){_io_unsupported("detach")}
_BufferedIOBase_funcs.read=function(){_io_unsupported("read")}
_BufferedIOBase_funcs.read1=function(){_io_unsupported("read1")}
_BufferedIOBase_funcs.write=function(){_io_unsupported("write")}
$B._BufferedIOBase.tp_methods=["__exit__","readinto","readinto1","close","detach","read","read1","write"
]
$B.set_func_names($B._BufferedIOBase,'_io')
function _bufferedreader_read_all(_self){return $B.$call($B.$getattr(_self.raw,'readall'))}
function _bufferedreader_read_fast(_self,n){var raw=_self.raw
if(raw.$bytes===undefined){var res=$B.$call($B.$getattr(raw,'read'),n)
if(res===_b_.None ||_b_.len(res)===0){return _b_.None}
return res}
if(raw.$byte_pos >=raw.$bytes.length){return _b_.None}
var b=raw.$bytes.slice(raw.$byte_pos,raw.$byte_pos+n)
raw.$byte_pos+=n
raw.$byte_pos=Math.min(raw.$byte_pos,raw.$bytes.length)
return $B.fast_bytes(b)}
function _bufferedreader_readline(_self){CHECK_CLOSED(_self)
var raw=_self.raw
if(raw.$bytes===undefined){
if(_self.$linebuf===undefined){_self.$linebuf=[]
_self.$linebuf_eof=false}
var lbuf=_self.$linebuf
var lnl=lbuf.indexOf(10)
while(lnl===-1 && !_self.$linebuf_eof){var ldata=$B.$call($B.$getattr(raw,'read'),DEFAULT_BUFFER_SIZE)
if(ldata===_b_.None ||_b_.len(ldata)===0){_self.$linebuf_eof=true
break}
for(var lsrc=ldata.source,li=0,lL=lsrc.length;li < lL;li++){lbuf.push(lsrc[li])}
lnl=lbuf.indexOf(10)}
var lend=lnl===-1 ? lbuf.length :lnl+1
return $B.fast_bytes(lbuf.splice(0,lend))}
if(raw.$byte_pos >=raw.$bytes.length){return $B.fast_bytes()}
var eof=raw.$byte_pos
while(eof < raw.$bytes.length){if(raw.$bytes[eof]==10){break}
eof++}
var b=raw.$bytes.slice(raw.$byte_pos,eof+1)
raw.$byte_pos=eof+1
raw.$byte_pos=Math.min(raw.$byte_pos,raw.$bytes.length)
return $B.fast_bytes(b)}
$B._BufferedReader=$B.make_builtin_class('_BufferedReader',[$B._BufferedIOBase])
$B._BufferedReader.tp_getset=['raw','name']
$B._BufferedReader.tp_init=function(_self,raw,buffer_size=DEFAULT_BUFFER_SIZE){_self.raw=raw
_self.buffer_size=buffer_size}
var _BufferedReader_funcs=$B._BufferedReader.tp_funcs={}
_BufferedReader_funcs.fileno=function(_self){return $B.$call($B.$getattr(_self.raw,'fileno'))}
_BufferedReader_funcs.raw_get=function(_self){return _self.raw}
_BufferedReader_funcs.name_get=function(_self){return $B.$getattr(_self.raw,'name')}
_BufferedReader_funcs.peek=function(_self,size){var $=$B.args('peek',2,{self:null,size:null},arguments,{size:0})
var _self=$.self,size=$.size
var raw=_self.raw
return $B.fast_bytes(raw.$bytes.slice(raw.$byte_pos,raw.$byte_pos+size))}
_BufferedReader_funcs.seek=function(_self,offset,whence){var $=$B.args('seek',3,{self:null,offset:null,whence:null},arguments,{whence:0})
var _self=$.self,offset=$.offset,whence=$.whence
CHECK_CLOSED(_self)
if(whence===undefined){whence=0}
if(! $B.$bool($B.$call($B.$getattr(_self,'seekable')))){_io_unsupported('File or stream is not seekable.')}
var raw=_self.raw
if(raw.$bytes===undefined){return $B.$call($B.$getattr(raw,'seek'),offset,whence)}
if(whence===0){raw.$byte_pos=offset}else if(whence===1){raw.$byte_pos=(raw.$byte_pos ||0)+offset}else if(whence===2){raw.$byte_pos=raw.$bytes.length+offset}
return raw.$byte_pos}
function CHECK_CLOSED(fileobj,msg){if(fileobj._closed){$B.RAISE(_b_.ValueError,msg ?? 'I/O operation on closed file.')}}
_BufferedReader_funcs.read=function(self,n=-1){var res
if(n===_b_.None){n=-1}
n=$B.PyNumber_Index(n)
if(n <-1){$B.RAISE(_b_.ValueError,"read length must be non-negative or -1")}
CHECK_CLOSED(self,"read of closed file")
if(n==-1){
res=_bufferedreader_read_all(self)}else{
res=_bufferedreader_read_fast(self,n)
if(res !=_b_.None){return res}
return $B.fast_bytes()}
return res}
_BufferedReader_funcs.readline=function(_self,size=-1){return _bufferedreader_readline(_self)}
_BufferedReader_funcs.seekable=function(_self){return $B.$call($B.$getattr(_self.raw,'seekable'))}
_BufferedReader_funcs.readable=function(_self){return $B.$call($B.$getattr(_self.raw,'readable'))}
_BufferedReader_funcs.writable=function(_self){return $B.$call($B.$getattr(_self.raw,'writable'))}
$B._BufferedReader.tp_methods=["peek","seek","read","readline","seekable","readable","writable","fileno"
]
$B.set_func_names($B._BufferedReader,'_io')
$B._FileIO=$B.make_builtin_class('_FileIO',[$B._RawIOBase])
function bad_mode(){$B.RAISE(_b_.ValueError,"Must have exactly one of create/read/write/append "+
"mode and at most one plus")}
function err_closed(){$B.RAISE(_b_.ValueError,"I/O operation on closed file.")}
const O_RDONLY=0,O_WRONLY=1,O_RDWR=2,O_EXCL=1024,O_CREAT=256,O_TRUNC=512,O_APPEND=8
$B._FileIO.tp_new=function(cls,args,kw){var res={ob_type:cls,fd:-1,created:0,readable:0,writable:0,appending:0,seekable:-1,closefd:1}
$B.init_dict(res)
return res}
$B._FileIO.tp_init=function(){var $=$B.args('__init__',5,{self:null,name:null,mode:null,closefd:null,opener:null},arguments,{mode:'r',closefd:true,opener:_b_.None})
var _self=$.self,name=$.name,mode=$.mode,closefd=$.closefd,opener=$.opener
_self.$name=name
var flags=0
var ret=0
var rwa=0,plus=0
var s=mode
var pos=0
while(pos < s.length){switch(s[pos]){case 'x':
if(rwa){bad_mode()}
rwa=1
_self.created=1
_self.writable=1
flags |=O_EXCL |O_CREAT
break
case 'r':
if(rwa){bad_mode()}
rwa=1
_self.readable=1
break
case 'w':
if(rwa){bad_mode()}
rwa=1
_self.writable=1
flags |=O_CREAT |O_TRUNC
break
case 'a':
if(rwa){bad_mode()}
rwa=1
_self.writable=1
_self.appending=1
flags |=O_APPEND |O_CREAT
break
case 'b':
break
case '+':
if(plus){bad_mode()}
_self.readable=_self.writable=1
plus=1
break
default:
$B.RAISE(_b_.ValueError,`invalid mode: ${mode}`)}
pos++}
if(!rwa){bad_mode()}
if(_self.readable && _self.writable){flags |=O_RDWR}else if(_self.readable){flags |=O_RDONLY}else{
flags |=O_WRONLY}
if($B.file_cache.hasOwnProperty(name)){_self.fd=31+Object.keys($B.file_cache).indexOf(name)
_self.$bytes=$B.to_bytes($B.encode($B.file_cache[name],'utf-8'))
_self.$byte_pos=0
_self.$line_pos=0
_self.$text=$B.file_cache[name]
_self.$text_iterator=_self.$text[Symbol.iterator]()
_self.$text_length=_b_.len(_self.$text)
return}else if($B.files && $B.files.hasOwnProperty(name)){
_self.fd=31313131+Object.keys($B.files).indexOf(name)
var $res=atob($B.files[name].content)
var bytes=[]
for(const char of $res){bytes.push(char.charCodeAt(0))}
_self.$bytes=bytes
_self.$byte_pos=_self.$line_pos=0
return}
_self.fd=new XMLHttpRequest()
_self.fd.overrideMimeType('text/plain;charset=x-user-defined')
_self.fd.onreadystatechange=function(){if(this.readyState !=4){return}
var status=this.status
if(status==404){this.error=$B.EXC(_b_.FileNotFoundError,name)}else if(status !=200){this.error=$B.EXC(_b_.IOError,'Could not open file '+
name+' : status '+status)}else{
var bytes=[]
for(var codePoint of this.response){var cp=codePoint.codePointAt(0)
if(cp > 0xf700){cp-=0xf700}
bytes[bytes.length]=cp}
_self.$bytes=bytes
_self.$byte_pos=0
_self.$line_pos=0}}
var cache=$B.get_option('cache'),fake_qs=cache ? '' :'?foo='+(new Date().getTime())
_self.fd.open('GET',encodeURI(name+fake_qs),false)
_self.fd.send()
if(_self.fd.error){throw _self.fd.error}}
var _FileIO_funcs=$B._FileIO.tp_funcs={}
_FileIO_funcs.name_get=function(_self){return _self.$name}
$B._FileIO.tp_getset=["name"]
_FileIO_funcs.readable=function(_self){if(_self.fd < 0){err_closed()}
return $B.$bool(_self.readable)}
_FileIO_funcs.readall=function(_self){var buffer=_b_.bytearray.$factory()
_FileIO_funcs.readinto(_self,buffer)
buffer.ob_type=_b_.bytes
return buffer}
_FileIO_funcs.readinto=function(_self,buffer){if(_self.fd < 0){err_closed()}
if(! _self.readable){return err_mode(state,"reading")}
_b_.bytearray.tp_funcs.extend(buffer,$B.fast_bytes(_self.$bytes))
var n=_b_.len(buffer)
return n}
_FileIO_funcs.readinto1=$B._FileIO.readinto
_FileIO_funcs.seekable=function(_self){if(_self.fd < 0){err_closed()}
return $B.$bool(_self.seekable)}
_FileIO_funcs.writable=function(_self){if(_self.fd < 0){err_closed()}
return $B.$bool(_self.writable)}
$B._FileIO.tp_methods=["readable","readall","readinto","seekable","writable"
]
$B.set_func_names($B._FileIO,'_io')
$B._TextIOBase=$B.make_builtin_class('_io._TextIOBase',[_IOBase])
var _TextIOBase_funcs=$B._TextIOBase.tp_funcs={}
_TextIOBase_funcs.encoding_get=function(_self){return _self._encoding ?? _b_.None}
_TextIOBase_funcs.encoding_set=function(_self,value){_self._encoding=value}
_TextIOBase_funcs.errors_get=function(_self){return _self.errors ?? _b_.None}
_TextIOBase_funcs.errors_set=function(_self,value){_self._errors=value}
_TextIOBase_funcs.read=function(){_io_unsupported('read')}
$B._TextIOBase.tp_methods=["read"
]
$B._TextIOBase.tp_getset=["encoding","errors"
]
var $BufferedReader=$B.make_builtin_class('_io.BufferedReader',[_IOBase])
$BufferedReader.$factory=function(content){return{
ob_type:$BufferedReader,$binary:true,$content:content,$read_func:$B.$getattr(content,'read')}}
var $BufferedReader_funcs=$BufferedReader.tp_funcs={}
$BufferedReader_funcs.read=function(self,size){if(self.$read_func===undefined){return _IOBase.tp_funcs.read(self,size===undefined ?-1 :size)}
return self.$read_func(size ||-1)}
$BufferedReader.tp_methods=["read"
]
$B._TextIOWrapper=$B.make_builtin_class('_io._TextIOWrapper',[$B._TextIOBase])
$B._TextIOWrapper.$factory=function(){var $=$B.args("TextIOWrapper",6,{buffer:null,encoding:null,errors:null,newline:null,line_buffering:null,write_through:null},arguments,{encoding:"utf-8",errors:_b_.None,newline:_b_.None,line_buffering:_b_.False,write_through:_b_.False})
if($.encoding===_b_.None){$.encoding='utf-8'}
var bytes=$B.fast_bytes($.buffer.raw.$bytes)
var res={ob_type:$B._TextIOWrapper,$buffer:$.buffer,$bytes:bytes,$encoding:$.encoding,$errors:$.errors,$newline:$.newline}
$B.init_dict(res)
return res}
$B._TextIOWrapper.tp_new=function(cls,args,kw){return $B._TextIOWrapper.$factory(...args)}
var _TextIOWrapper_funcs=$B._TextIOWrapper.tp_funcs={}
_TextIOWrapper_funcs.buffer_get=function(_self){return _self.$buffer}
_TextIOWrapper_funcs.fileno=function(_self){return-1}
_TextIOWrapper_funcs.read=function(){var $=$B.args("read",2,{self:null,size:null},arguments,{size:-1})
var _self=$.self,size=$B.PyNumber_Index($.size)
CHECK_CLOSED(_self)
if(_self.$text===undefined){_self.$text=$B.decode(_self.$bytes,_self.$encoding,_self.$errors)
_self.$text_pos=0}
var len=_b_.len(_self.$text)
if(size < 0){size=len-_self.$text_pos}
var res=$B.$getitem(_self.$text,_b_.slice.$fast_slice(_self.$text_pos,_self.$text_pos+size,1))
_self.$text_pos+=size
_self.$text_pos=Math.min(_self.$text_pos,_self.$text.length)
return res}
_TextIOWrapper_funcs.readline=function(){var $=$B.args("read",2,{self:null,size:null},arguments,{size:-1})
var _self=$.self,size=$B.PyNumber_Index($.size)
CHECK_CLOSED(_self)
if(_self.$text===undefined){_self.$text=$B.decode(_self.$bytes,_self.$encoding,_self.$errors)
_self.$text_iterator=_self.$text[Symbol.iterator]()
_self.$text_pos=0
_self.$text_length=_b_.len(_self.$text)}
var res=''
var nb=0
if(size < 0){size=_self.$text_length}
var nl=_self.$newline
var term=(nl===_b_.None ||nl.length !==1)? '\n' :nl
while(1){var char=_self.$text_iterator.next()
if(char.done){break}else if(char.value==term){res+=char.value
break}else{
res+=char.value
nb++
if(nb > size){break}}}
return $B.String(res)}
_TextIOWrapper_funcs.seek=function(_self,offset,whence){CHECK_CLOSED(_self)
if(whence===undefined){whence=0}
if(whence===0){self.$text_pos=offset}else if(whence===1){self.$text_pos+=offset}else if(whence===2){self.$text_pos=self.$text_length+offset}
return _b_.None}
$B._TextIOWrapper.tp_methods=["fileno","read","readline","seek"
]
$B._TextIOWrapper.tp_getset=["buffer"
]
$B.set_func_names($B._TextIOWrapper,"builtins")
$B._IOBase=_IOBase
function invalid_mode(mode){$B.RAISE(_b_.ValueError,`invalid mode: '${mode}'`)}
function _io_open_impl(file,mode,buffering,encoding,errors,newline,closefd,opener){var i
var creating=0,reading=0,writing=0,appending=0,updating=0,text=0,binary=0
var rawmode='',m
var line_buffering,is_number,isatty=0
var raw,modeobj,buffer,wrapper,result,path_or_fd
path_or_fd=file
if(! $B.is_str(path_or_fd)){
var fspath=$B.$getattr(file,'__fspath__',null)
if(fspath !==null){path_or_fd=$B.$call(fspath)}}
var name_obj=path_or_fd
if(! $B.is_str(path_or_fd)&&
$B.$isinstance(path_or_fd,[_b_.bytes,_b_.bytearray])){
path_or_fd=$B.$call($B.$getattr(path_or_fd,'decode'),'utf-8')}
if(! $B.is_str(path_or_fd)){$B.RAISE(_b_.TypeError,`invalid file: ${file}`)}
if(encoding=='locale'){
encoding='utf-8'}
for(var i=0,len=mode.length;i < len;i++){var c=mode[i]
switch(c){case 'x':
creating=1
break
case 'r':
reading=1
break
case 'w':
writing=1
break
case 'a':
appending=1
break
case '+':
updating=1
break
case 't':
text=1
break
case 'b':
binary=1
break
default:
invalid_mode(mode)}
if(mode[i+1]==c){invalid_mode(mode)}}
m=''
if(creating){m+='x'}
if(reading){m+='r'}
if(writing){m+='w'}
if(appending){m+='a'}
if(updating){m+='+'}
rawmode=m
if(text && binary){$B.RAISE(_b_.ValueError,"can't have text and binary mode at once")}
if(creating+reading+writing+appending > 1){$B.RAISE(_b_.ValueError,"must have exactly one of create/read/write/append mode")}
if(binary && encoding !==_b_.None){$B.RAISE(_b_.ValueError,"binary mode doesn't take an encoding argument")}
if(binary && errors !=_b_.None){$B.RAISE(_b_.ValueError,"binary mode doesn't take an errors argument")}
if(binary && newline !==_b_.None){$B.RAISE(_b_.ValueError,"binary mode doesn't take a newline argument")}
if(binary && buffering==1){$B.RAISE(_b_.RuntimeWarning,"line buffering (buffering=1) isn't supported in "+
"binary mode, the default buffer size will be used")}
var RawIO_class=$B._FileIO
raw=$B.$call(RawIO_class,path_or_fd,rawmode,closefd ? true :false,opener)
if(name_obj !==path_or_fd){raw.$name=name_obj}
result=raw
modeobj=mode
if(buffering < 0){isatty=false}
if(buffering==1 ||isatty){buffering=-1
line_buffering=1}else{
line_buffering=0}
if(buffering < 0){buffering=DEFAULT_BUFFER_SIZE}
if(buffering==0){if(! binary){$B.RAISE(_b_.ValueError,"can't have unbuffered text I/O")}
return result}
var Buffered_class
if(updating){Buffered_class=$B._BufferedRandom}else if(creating ||writing ||appending){Buffered_class=$B._BufferedWriter}else if(reading){Buffered_class=$B._BufferedReader}else{
$B.RAISE(_b_.ValueError,`unknown mode: '${mode}'`)}
result=$B.$call(Buffered_class,raw,buffering)
if(binary){return result}
var wrapper=$B.$call($B._TextIOWrapper,result,encoding,errors,newline,line_buffering ? true :false)
$B.$setattr(wrapper,'mode',modeobj)
return wrapper}
_b_.open=function(){var $=$B.args('open',3,{file:null,mode:null,buffering:null,encoding:null,errors:null,newline:null,closefd:null,opener:null},arguments,{mode:'r',buffering:-1,encoding:_b_.None,errors:_b_.None,newline:_b_.None,closefd:true,opener:_b_.None})
var file=$.file,mode=$.mode,encoding=$.encoding,result={}
return _io_open_impl($.file,$.mode,$.buffering,$.encoding,$.errors,$.newline,$.closefd,$.opener)}})(__BRYTHON__)
;

(function($B){"use strict";
var _b_=$B.builtins
_b_.__debug__=false
$B.$comps={'>':'gt','>=':'ge','<':'lt','<=':'le'}
$B.$inv_comps={'>':'lt','>=':'le','<':'gt','<=':'ge'}
var check_nb_args=$B.check_nb_args,check_no_kw=$B.check_no_kw,check_nb_args_no_kw=$B.check_nb_args_no_kw
var NoneType=$B.NoneType
$B.NoneType.tp_richcompare=function(self,other,op){return _b_.object.tp_richcompare(self,other,op)}
$B.NoneType.tp_repr=function(self){return 'None'}
$B.NoneType.tp_hash=function(self){return 0xFCA86420}
$B.NoneType.tp_new=function(cls){return None}
$B.NoneType.nb_bool=function(self){return false}
var NoneType_funcs=$B.NoneType.tp_funcs={}
var None=_b_.None={ob_type:NoneType}
None.__doc__=None
_b_.__build_class__=function(){$B.RAISE(_b_.NotImplementedError,'__build_class__')}
_b_.abs=function(obj){check_nb_args_no_kw('abs',1,arguments)
return $B.call_special_unary(obj,'__abs__','abs()')}
_b_.aiter=function(async_iterable){return $B.$call($B.$getattr(async_iterable,'__aiter__'))}
_b_.all=function(obj){check_nb_args_no_kw('all',1,arguments)
var iterable=iter(obj)
while(1){try{
var elt=next(iterable)
if(!$B.$bool(elt)){return false}}catch(err){return true}}}
_b_.anext=function(){var $=$B.args('anext',2,{async_iterator:null,_default:null},arguments,{_default:$B.NULL},null,null)
var awaitable=$B.$call($B.$getattr($.async_iterator,'__anext__'))
return $B.promise(awaitable).catch(
function(err){if($B.is_exc(err,[_b_.StopAsyncIteration])){if($._default !==$B.NULL){return $._default}}
throw err}
)}
_b_.any=function(obj){check_nb_args_no_kw('any',1,arguments)
for(var elt of $B.make_js_iterator(obj)){if($B.$bool(elt)){return true}}
return false}
_b_.ascii=function(obj){check_nb_args_no_kw('ascii',1,arguments)
var res=repr(obj),res1='',cp
for(var i=0;i < res.length;i++){cp=res.charCodeAt(i)
if(cp < 128){res1+=res.charAt(i)}else if(cp < 256){res1+='\\x'+cp.toString(16)}else{
var s=cp.toString(16)
if(s.length % 2==1){s="0"+s}
res1+='\\u'+s}}
return res1}
function $builtin_base_convert_helper(obj,base){var prefix=""
switch(base){case 2:
prefix='0b'
break
case 8:
prefix='0o'
break
case 16:
prefix='0x'
break
default:
console.log('invalid base:'+base)}
var value=$B.PyNumber_Index(obj)
if(value===undefined){
$B.RAISE(_b_.TypeError,'Error, argument must be an integer or'+
' contains an __index__ function')}
if(value >=0){return prefix+value.toString(base)}
return '-'+prefix+(-value).toString(base)}
function bin_hex_oct(base,obj){
if($B.is_int(obj)){return $builtin_base_convert_helper(obj,base)}else{
try{
var klass=$B.get_class(obj),method=$B.$getattr(klass,'__index__')}catch(err){if($B.is_exc(err,[_b_.AttributeError])){$B.RAISE(_b_.TypeError,"'"+$B.class_name(obj)+
"' object cannot be interpreted as an integer")}
throw err}
var res=$B.$call(method,obj)
return $builtin_base_convert_helper(res,base)}}
_b_.bin=function(obj){check_nb_args_no_kw('bin',1,arguments)
return bin_hex_oct(2,obj)}
_b_.breakpoint=function(){
$B.import('sys',[])
var missing={},hook=$B.$getattr($B.imported.sys,'breakpointhook',missing)
if(hook===missing){$B.RAISE(_b_.RuntimeError,'lost sys.breakpointhook')}
return $B.$call(hook,...arguments)}
_b_.callable=function(obj){check_nb_args_no_kw('callable',1,arguments)
return _b_.hasattr(obj,'__call__')}
_b_.chr=function(i){check_nb_args_no_kw('chr',1,arguments)
i=$B.PyNumber_Index(i)
if(i < 0 ||i > 1114111){$B.RAISE(_b_.ValueError,'Outside valid range')}else if(i >=0x10000 && i <=0x10FFFF){var code=(i-0x10000),s=String.fromCodePoint(0xD800 |(code >> 10))+
String.fromCodePoint(0xDC00 |(code & 0x3FF))
return $B.make_String(s,[0])}else{
return String.fromCodePoint(i)}}
_b_.compile=function(){var $=$B.args('compile',7,{source:null,filename:null,mode:null,flags:null,dont_inherit:null,optimize:null,_feature_version:null,module:null},arguments,{flags:0,dont_inherit:false,optimize:-1,_feature_version:0,module:_b_.None},null,null)
var module_name='$exec_'+$B.UUID()
$.ob_type=$B.code
$B.init_dict($)
var infos={co_flags:$.flags,co_name:"<module>",co_filename:$.filename}
for(var key in infos){$[key]=infos[key]}
var filename=$.filename
var interactive=$.mode=="single" &&($.flags & 0x200)
$B.file_cache[filename]=$.source
$B.url2name[filename]=module_name
if($.flags & $B.PyCF_TYPE_COMMENTS){}
if($B.is_bytes($.source)){var encoding='utf-8',lfpos=$.source.source.indexOf(10),first_line,second_line
if(lfpos==-1){first_line=$.source}else{
first_line=_b_.bytes.$factory($.source.source.slice(0,lfpos))}
first_line=$B.bytes_decode(first_line,'latin-1')
var encoding_re=/^[\t\f]*#.*?coding[:=][\t]*([-_.a-zA-Z0-9]+)/
var mo=first_line.match(encoding_re)
if(mo){encoding=mo[1]}else if(lfpos >-1){
var rest=$.source.source.slice(lfpos+1)
lfpos=rest.indexOf(10)
if(lfpos >-1){second_line=_b_.bytes.$factory(rest.slice(0,lfpos))}else{
second_line=_b_.bytes.$factory(rest)}
second_line=$B.bytes_decode(second_line,'latin-1')
mo=second_line.match(encoding_re)
if(mo){encoding=mo[1]}}
$.source=$B.bytes_decode($.source,encoding)}
if(! $B.$isinstance(filename,[_b_.bytes,_b_.str])){
$B.warn(_b_.DeprecationWarning,`path should be string, bytes, or os.PathLike, `+
`not ${$B.class_name(filename)}`)}
if(interactive && ! $.source.endsWith("\n")){
var lines=$.source.split("\n"),last_line=$B.last(lines)
if(last_line.startsWith(" ")){var msg="unexpected EOF while parsing",exc=$B.EXC(_b_.SyntaxError)
exc.filename=filename
exc.lineno=exc.end_lineno=lines.length-1
exc.offset=0
exc.end_offset=last_line.length-1
exc.text=last_line
exc.args=[msg,$B.fast_tuple([filename,exc.lineno,exc.offset,exc.text,exc.end_lineno,exc.end_offset])]
throw exc}}
if($B.$getattr($B.get_class($.source),'__module__')=='ast'){
var _validate=$B.module_getattr($B.imported._ast,'_validate')
$B.$call(_validate,$.source)
$._ast=$.source
delete $.source
return $}
var _ast,parser
try{
var parser_mode=$.mode=='eval' ? 'eval' :'file'
parser=new $B.Parser($.source,filename,parser_mode)
parser.flags=$.flags
_ast=$B._PyPegen.run_parser(parser)}catch(err){if($.mode=='single'){var tester=parser.tokens[parser.tokens.length-2]
if(tester &&(
(tester.type=="NEWLINE" &&($.flags & $B.PyCF_ALLOW_INCOMPLETE_INPUT))||
(tester.type=="DEDENT" &&($.flags & 0x200)))){err.ob_type=_b_._IncompleteInputError
err.args[0]='incomplete input'}}
throw err}
if($.mode=='single' && _ast.body.length==1 &&
_ast.body[0]instanceof $B.ast.Expr){
parser=new $B.Parser($.source,filename,'eval')
_ast=$B._PyPegen.run_parser(parser)
$.single_expression=true}
if($.flags==$B.PyCF_ONLY_AST){delete $B.url2name[filename]
return $B.ast_js_to_py(_ast)}
delete $B.url2name[filename]
$._ast=$B.ast_js_to_py(_ast)
var future=$B.future_features(_ast,filename)
var symtable=$B._PySymtable_Build(_ast,filename,future)
$B.js_from_root({ast:_ast,symtable,filename,src:$.source})
return $}
_b_.debug=$B.debug > 0
_b_.delattr=function(obj,attr){
check_nb_args_no_kw('delattr',2,arguments)
if(typeof attr !='string'){$B.RAISE(_b_.TypeError,"attribute name must be string, not '"+
$B.class_name(attr)+"'")}
var deleter=$B.search_in_mro($B.get_class(obj),'__delattr__')
if(deleter){return $B.$call(deleter,obj,attr)}
return _b_.object.tp_setattro(obj,attr,$B.NULL)}
$B.$delattr=function(obj,attr,inum){try{
_b_.delattr(obj,attr)}catch(err){$B.set_inum(inum)
throw err}}
$B.$delete=function(name,locals_id,inum){
function del(obj){if($B.get_class(obj)===$B.generator){
obj.js_gen.return()}
var del_method=$B.search_in_mro($B.get_class(obj),'__del__')
if(del_method){$B.$call(del_method,obj)}}
var found=false
if(locals_id==='local'){var frame=$B.frame_obj.frame
if(frame[1].hasOwnProperty(name)){found=true
del(frame[1][name])
delete frame[1][name]}}else if(locals_id==='global'){var frame=$B.frame_obj.frame
if(frame[3].hasOwnProperty(name)){found=true
del(frame[3][name])
delete frame[3][name]}}else if(locals_id !==null && locals_id[name]!==undefined){found=true
del(locals_id[name])
delete locals_id[name]}
if(! found){$B.set_inum(inum)
if(locals_id=='local'){$B.RAISE(_b_.UnboundLocalError,`cannot access local variable '${name}' `+
'where it is not associated with a value')}else{
throw $B.name_error(name)}}}
_b_.dir=function(obj){if(obj===undefined){
var locals=_b_.locals()
return _b_.sorted(locals)}
check_nb_args_no_kw('dir',1,arguments)
var klass=$B.get_class(obj)
if($B.is_type(obj)){
var dir_func=$B.$getattr($B.get_class(obj),"__dir__",$B.NULL)
return $B.$call(dir_func,obj)}
try{
var dir_func=$B.$getattr(klass,'__dir__',$B.NULL)
if(dir_func !==$B.NULL){let res=$B.$call($B.$getattr(klass,'__dir__'),obj)
res=_b_.list.$factory(res)
return res}}catch(err){
if($B.get_option('debug')> 2){console.log('error in dir, obj',obj,'klass',klass,$B.$getattr(klass,'__dir__'),err.message)}
throw err}}
_b_.divmod=function(x,y){check_nb_args_no_kw('divmod',2,arguments)
try{
return $B.rich_op('__divmod__',x,y)}catch(err){if($B.is_exc(err,[_b_.TypeError])){return _b_.tuple.$factory([$B.rich_op('__floordiv__',x,y),$B.rich_op('__mod__',x,y)])}
throw err}}
var enumerate=_b_.enumerate
enumerate.__mro__=[_b_.object]
enumerate.$factory=function(){var $ns=$B.args("enumerate",2,{iterable:null,start:null},arguments,{start:0},null,null)
var iterable=$ns["iterable"],start=$ns["start"]
return{
ob_type:enumerate,__name__:'enumerate iterator',counter:start-1,it:$B.make_js_iterator(iterable),counter:start}}
_b_.enumerate.tp_iter=function(self){return self}
_b_.enumerate.tp_iternext=function*(self){for(var item of self.it){var res=$B.fast_tuple([self.counter,item])
self.counter++
yield res}}
_b_.enumerate.tp_new=function(cls,args,kw){var nb_kwargs=$B.str_dict_length(kw)
var nb_args=args.length+nb_kwargs
if(nb_args > 2){$B.RAISE(_b_.TypeError,`enumerate() takes at most 2 arguments (${nb_args} given)`
)}
var[iterable,start]=args
$B.check_expected_keywords('enumerate',kw,['iterable','start'])
for(var entry of _b_.dict.$iter_items(kw)){switch(entry.key){case 'iterable':
if(iterable !==undefined){$B.RAISE(_b_.TypeError,"enumerate() receives argument 'iterable' twice"
)}
iterable=entry.value
break
case 'start':
if(start !==undefined){$B.RAISE(_b_.TypeError,"enumerate() receives argument 'start' twice"
)}
start=entry.value
break}}
var res={ob_type:_b_.enumerate,it:$B.make_js_iterator(iterable),counter:start ?? 0}
$B.init_dict(res)
return res}
var enumerate_funcs=_b_.enumerate.tp_funcs={}
enumerate_funcs.__class_getitem__=$B.$class_getitem
enumerate_funcs.__reduce__=function(self){}
_b_.enumerate.tp_methods=["__reduce__"]
_b_.enumerate.classmethods=["__class_getitem__"]
$B.set_func_names(enumerate,"builtins")
$B.LOCALS_PROXY=Symbol('locals_proxy')
var exit=_b_.exit=function(){throw _b_.SystemExit}
exit.__repr__=exit.__str__=function(){return "Use exit() or Ctrl-Z plus Return to exit"}
var filter=_b_.filter
filter.$factory=function(func,iterable){check_nb_args_no_kw('filter',2,arguments)
if(func===_b_.None){func=$B.$bool}
return{
ob_type:filter,func:func,it:$B.make_js_iterator(iterable)}}
filter.tp_iter=function(self){return self}
filter.tp_iternext=function*(self){for(var item of self.it){if($B.$bool($B.$call(self.func,item))){yield item}}}
filter.tp_new=function(cls,args,kw){var[func,iterable]=$B.unpack_args('filter',args,['func','iterable'],{})
$B.check_kw_empty('filter',kw)
var func=func===_b_.None ?(x)=> x :func
return{
ob_type:_b_.filter,func,it:$B.make_js_iterator(iterable)}}
var filter_funcs=_b_.filter.tp_funcs={}
filter_funcs.__reduce__=function(self){}
filter.tp_methods=["__reduce__"]
$B.set_func_names(filter,"builtins")
_b_.format=function(){var $=$B.args("format",2,{value:null,format_spec:null},arguments,{format_spec:''},null,null)
var value=$.value
var klass=$B.get_class(value)
try{
var method=$B.$getattr(klass,'__format__')}catch(err){if($B.is_exc(err,[_b_.AttributeError])){$B.RAISE(_b_.NotImplementedError,"__format__ is not implemented "+
"for object '"+_b_.str.$factory(value)+"'")}
throw err}
return $B.$call(method,value,$.format_spec)}
function attr_error(attr,obj){var cname=$B.get_class(obj)
var msg="bad operand type for unary #: '"+cname+"'"
switch(attr){case '__neg__':
$B.RAISE(_b_.TypeError,msg.replace('#','-'))
case '__pos__':
$B.RAISE(_b_.TypeError,msg.replace('#','+'))
case '__invert__':
$B.RAISE(_b_.TypeError,msg.replace('#','~'))
case '__call__':
$B.RAISE(_b_.TypeError,"'"+cname+"'"+
' object is not callable')
default:
throw $B.attr_error(attr,obj)}}
_b_.getattr=function(){var missing={}
var $=$B.args("getattr",3,{obj:null,attr:null,_default:null},arguments,{_default:missing},null,null)
if(! $B.is_str($.attr)){$B.RAISE(_b_.TypeError,"attribute name must be string, "+
`not '${$B.class_name($.attr)}'`)}
return $B.$getattr($.obj,_b_.str.$to_string($.attr),$._default===missing ? undefined :$._default)}
$B.search_in_mro=function(klass,attr,_default){var mro=$B.get_mro(klass)
for(var i=0,len=mro.length;i < len;i++){if($B.get_dict(mro[i])){var v=$B.get_from_dict(mro[i],attr,$B.NULL)
if(v !==$B.NULL){return v}}}
return _default}
$B.call_special_unary=function(obj,name,op_repr){
var klass=$B.get_class(obj),raw=$B.search_in_mro(klass,name,$B.NULL)
if(raw===$B.NULL){$B.RAISE(_b_.TypeError,`bad operand type for ${op_repr}: '${$B.class_name(obj)}'`)}
if(typeof raw=='function'){
return $B.$call(raw,obj)}
var descr_get=raw.ob_type && raw.ob_type.tp_descr_get
if(descr_get){return $B.$call(descr_get(raw,obj,klass))}
return $B.$call(raw)}
$B.search_in_dict=function(obj,attr,_default){if($B.get_dict(obj)){try{
var v=$B.get_from_dict(obj,attr,$B.NULL)}catch(err){console.log('error',obj,attr)
throw err}
if(v !==$B.NULL){return v}}
return _default}
$B.$getattr_pep657=function(obj,attr,inum){try{
return $B.$getattr(obj,attr)}catch(err){$B.set_inum(inum)
throw err}}
$B.time_getattr=0
$B.time_obj_getattr=0
$B.time_builtin_getattr=0
$B.$getattr=function(obj,attr,_default){
var test=false 
if(test){console.log('$getattr',obj,attr)}
var res
if(obj===undefined ||obj===null){console.log(Error().stack)
$B.RAISE_ATTRIBUTE_ERROR("Javascript object '"+obj+
"' has no attribute",obj,attr)}
var rawname=attr
if(obj===undefined){console.log("get attr",attr,"of undefined")}
var is_class=Object.hasOwn(obj,'tp_name')
if(test){console.log("attr",attr,"of",obj,"class",$B.get_class(obj),"isclass",is_class)}
if(! is_class){var klass=$B.get_class(obj)
if(test){console.log('klass',klass)}
if(klass.tp_funcs && klass.$getattribute===_b_.object.tp_getattro){
if(test){console.log('builtin type')}
var func=$B.get_from_dict(klass,attr,$B.NULL)
if(func !==$B.NULL){var res=$B.NULL
switch(func.ob_type){case $B.builtin_method:
res=function(){return func(obj,...arguments)}
res.ob_type=func.ob_type
return res
case $B.getset_descriptor:
return func.getter(obj)
case $B.member_descriptor:
return obj[func.d_member.attr]
case $B.method_descriptor:
case $B.wrapper_descriptor:
return func.ob_type.tp_descr_get(func,obj,klass)
case $B.builtin_function_or_method:
case _b_.staticmethod:
return func
default:
break}}}
try{
var in_klass_dict=$B.search_in_mro(klass,attr,$B.NULL)
var own_dict=$B.get_dict(obj)
var in_own_dict=own_dict
? own_dict.hasOwnProperty(attr)
? own_dict[attr]
:$B.NULL
:$B.NULL
if(test){console.log('in klass dict',in_klass_dict)
console.log('in own dict',in_own_dict)}
if(in_klass_dict &&
klass.$getattribute===_b_.object.tp_getattro){switch(in_klass_dict.ob_type){case $B.function:
if(in_own_dict===$B.NULL){return $B.method.$factory(in_klass_dict,obj)}
break
case _b_.staticmethod:
if(in_own_dict===$B.NULL){return in_klass_dict}
break}}}catch(err){console.log('error',err)
console.log('obj',obj,'klass',klass)
throw err}
var res=$B.object_getattribute(obj,klass,attr)}else{
if(attr==='__class__'){return $B.get_class(obj)}
var in_dict=$B.get_dict(obj)[attr]
if(test){console.log('in dict of class',in_dict)}
if(in_dict && $B.get_class(obj)===_b_.type){var res=$B.NULL
var tset=_b_.type.tp_funcs[attr+'_set']
if(_b_.type.tp_funcs.hasOwnProperty(attr+'_get')&&
tset !==undefined && tset !==_b_.None){try{
return _b_.type.tp_funcs[attr+'_get'](obj)}catch(err){$B.RAISE_IF_NOT(err,_b_.AttributeError)
if(_default !==undefined){return _default}
throw err}}
switch($B.get_class(in_dict)){case $B.function:
case $B.wrapper_descriptor:
case $B.method_descriptor:
case $B.builtin_function_or_method:
case $B.member_descriptor:
res=in_dict
break
case $B.getset_descriptor:
if(_b_.type.tp_funcs.hasOwnProperty(attr+'_get')){res=_b_.type.tp_funcs[attr+'_get'](obj)}else{
res=in_dict}
break
case $B.classmethod_descriptor:
res=$B.classmethod_descriptor.tp_descr_get(in_dict,$B.NULL,obj)
break
case _b_.classmethod:
res=$B.$call($B.method,in_dict.cm_callable,obj)
break
case _b_.staticmethod:
res=in_dict.sm_callable
break
case undefined:
res=in_dict
default:
break}
if(res !==$B.NULL){return res}}
var res=$B.type_getattribute(obj,attr)}
if(res===$B.NULL){if(_default !==undefined){return _default}
throw $B.attr_error(attr,obj)}
return res}
_b_.globals=function(){
check_nb_args_no_kw('globals',0,arguments)
return $B.frame_obj.frame[3]}
_b_.hasattr=function(obj,attr){check_nb_args_no_kw('hasattr',2,arguments)
try{
$B.$getattr(obj,attr)
return true}catch(err){return false}}
_b_.hash=function(obj){check_nb_args_no_kw('hash',1,arguments)
return $B.$hash(obj)}
$B.$hash=function(obj){if(obj.__hashvalue__ !==undefined){return obj.__hashvalue__}
var res
if(typeof obj==="boolean"){return obj ? 1 :0}else if(typeof obj==="number"){res=obj}else{
var klass=$B.get_class(obj)
var hash_func=$B.search_slot(klass,'tp_hash',$B.NULL)
if(hash_func !==$B.NULL && hash_func !==_b_.None){res=hash_func(obj)
if(! $B.is_int(res)){$B.RAISE(_b_.TypeError,'__hash__ method should return an integer')}
if(typeof res=='object'){
res=_b_.int.tp_hash(res)}}else{
$B.RAISE(_b_.TypeError,"unhashable type: '"+
_b_.str.$factory($B.jsobj2pyobj(obj))+"'"
)}}
if(res===-1){res=-2 }
return res}
var help=_b_.help=function(obj){if(obj===undefined){obj='help'}
if(typeof obj=='string'){var lib_url='https://docs.python.org/3/library'
var parts=obj.split('.'),head=[],url
while(parts.length > 0){head.push(parts.shift())
if($B.stdlib[head.join('.')]){url=head.join('.')}else{
break}}
if(url){var doc_url
if(['browser','javascript','interpreter'].
indexOf(obj.split('.')[0])>-1){doc_url='/static_doc/'+($B.language=='fr' ? 'fr' :'en')}else{
doc_url=lib_url}
globalThis.open(`${doc_url}/${url}.html#`+obj)
return}
if(_b_[obj]){if(obj==obj.toLowerCase()){url=lib_url+`/functions.html#${obj}`}else if(['False','True','None','NotImplemented','Ellipsis','__debug__'].
indexOf(obj)>-1){url=lib_url+`/constants.html#${obj}`}else if($B.is_type(_b_[obj])&&
_b_[obj].tp_bases.indexOf(_b_.Exception)>-1){url=lib_url+`/exceptions.html#${obj}`}
if(url){globalThis.open(url)
return}}
$B.import('pydoc')
return $B.$call($B.$getattr($B.imported.pydoc,'help'),obj)}
if($B.get_class(obj)===$B.module){return help($B.get_name(obj))}
try{
_b_.print($B.$getattr(obj,'__doc__'))}catch(err){return ''}}
help.__repr__=help.__str__=function(){return "Type help() for interactive help, or help(object) "+
"for help about object."}
_b_.hex=function(obj){check_nb_args_no_kw('hex',1,arguments)
return bin_hex_oct(16,obj)}
_b_.id=function(obj){check_nb_args_no_kw('id',1,arguments)
if(obj[$B.ID]!==undefined){return obj[$B.ID]}
var t=typeof obj
if(t==='string' ||t==='number' ||t==='bigint' ||
t==='boolean' ||$B.get_class(obj)===_b_.float){
return $B.$call($B.$getattr(
_b_.str.$factory($B.class_name(obj)+':'+_b_.str.$factory(obj)),'__hash__'))}
return obj[$B.ID]=$B.UUID()}
_b_.__import__=function(){var $=$B.args('__import__',5,{name:null,globals:null,locals:null,fromlist:null,level:null},arguments,{globals:None,locals:None,fromlist:_b_.tuple.$factory(),level:0},null,null)
if($.name==='' && $.level===0){$B.RAISE(_b_.ValueError,"Empty module name")}
return $B.$__import__($.name,$.globals,$.locals,$.fromlist)}
_b_.__lazy_import__=function(){var $=$B.args('__lazy_import__',5,{name:null,globals:null,locals:null,fromlist:null,level:null},arguments,{globals:None,locals:None,fromlist:_b_.tuple.$factory(),level:0},null,null)
if($.name==='' && $.level===0){$B.RAISE(_b_.ValueError,"Empty module name")}
return $B.$__lazy_import__($.name,$.globals,$.locals,$.fromlist)}
_b_.input=function(msg){var res=prompt(msg ||'')||''
if($B.imported["sys"]&&
$B.module_getattr($B.imported["sys"],'ps1')!==$B.NULL){
var ps1=$B.module_getattr($B.imported["sys"],'ps1'),ps2=$B.module_getattr($B.imported["sys"],'ps2')
if(msg==ps1 ||msg==ps2){console.log(msg,res)}}
return res}
_b_.isinstance=function(obj,cls){check_nb_args_no_kw('isinstance',2,arguments)
return $B.$isinstance(obj,cls)}
$B.$isinstance=function(obj,cls){var kls
if(Array.isArray(cls)){for(kls of cls){if($B.$isinstance(obj,kls)){return true}}
return false}
var klass=$B.get_class(cls)
if(klass===$B.UnionType){for(kls of cls.args){if($B.$isinstance(obj,kls)){return true}}
return false}
if(klass===$B.GenericAlias){
$B.RAISE(_b_.TypeError,'isinstance() arg 2 cannot be a parameterized generic')}
if(! cls.tp_bases){$B.RAISE(_b_.TypeError,"isinstance() arg 2 must be a type, "+
"a tuple of types, or a union"
)}
var obj_class=$B.get_class(obj)
if(obj_class===cls){return true}
var mro=$B.get_mro(obj_class)
if(mro){for(var i=0;i < mro.length;i++){if(mro[i]===cls){return true}}}
var instancecheck=$B.type_getattribute($B.get_class(cls),'__instancecheck__',$B.NULL)
if(instancecheck !==$B.NULL){if(instancecheck.method !==_b_.type.tp_funcs.__instancecheck__){if(instancecheck.im_self !==undefined){
return $B.$call(instancecheck,obj)}
return $B.$call(instancecheck,cls,obj)}}
return false}
var issubclass=_b_.issubclass=function(cls,class_or_tuple){check_nb_args_no_kw('issubclass',2,arguments)
let _class
if($B.is_tuple(class_or_tuple)){for(_class of class_or_tuple){if(issubclass(cls,_class)){return true}}
return false}
_class=class_or_tuple 
if(! $B.is_type(cls)){$B.RAISE(_b_.TypeError,"issubclass() arg 1 must be a class")}
let class_type=$B.get_class(_class)
if(class_type===$B.GenericAlias){$B.RAISE(_b_.TypeError,'issubclass() arg 2 cannot be a parameterized generic')}
if(class_type===_b_.type){if(cls===_class){return true}
return $B.get_mro(cls).indexOf(_class)>-1}
var sch=$B.type_getattribute($B.get_class(_class),'__subclasscheck__',$B.NULL)
if(sch===$B.NULL){return false}
if(sch.im_self !==undefined){
return $B.$call(sch,cls)}
return $B.$call(sch,_class,cls)}
$B.iterator.tp_iter=function(self){var ob_type=$B.get_class(self.it_seq)
var getitem=$B.search_in_mro(ob_type,'__getitem__',$B.NULL)
if(getitem===$B.NULL){$B.RAISE(_b_.TypeError,`'${$B.class_name(self.it_seq)}' object is not iterable`)}
self.getitem=getitem
self.it_index=0
return self}
$B.iterator.tp_iternext=function*(self){
var res
try{
res=$B.$call(self.getitem,self.it_seq,self.it_index)}catch(err){if($B.is_exc(err,[_b_.IndexError,_b_.StopIteration])){return}
throw err}
self.it_index++
yield res}
var iterator_funcs=$B.iterator.tp_funcs={}
iterator_funcs.__length_hint__=function(self){}
iterator_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.iter,$B.fast_tuple([self.it_seq]),self.it_index])}
iterator_funcs.__setstate__=function(self,state){self.it_index=state < 0 ? 0 :state}
$B.iterator.tp_methods=["__length_hint__","__reduce__","__setstate__"]
const callable_iterator=$B.callable_iterator
callable_iterator.$factory=function(func,sentinel){return{
ob_type:callable_iterator,func:func,sentinel:sentinel,exhausted:false}}
callable_iterator.tp_iter=function(self){return self}
callable_iterator.tp_iternext=function*(self){
while(! self.exhausted){var res
try{
res=$B.$call(self.func)}catch(err){if($B.is_exc(err,[_b_.StopIteration])){self.exhausted=true
return}
throw err}
if($B.$bool($B.is_or_equals(self.sentinel,res))){self.exhausted=true
return}
yield res}}
$B.set_func_names(callable_iterator,"builtins")
$B.$iter=function(obj,sentinel){
var test=false 
if(test){console.log('iter',obj)}
if(sentinel===undefined){var klass=$B.get_class(obj)
var iter_func=klass.tp_iter ?? $B.make_iter(klass)
if(test){console.log('iter func',iter_func)}
if(iter_func !==$B.NULL){var getter=$B.get_class(iter_func).tp_descr_get
if(getter===$B.NULL){var in_dict=$B.search_in_dict(obj,'__iter__',$B.NULL)
if(in_dict===iter_func){var res=$B.$call(in_dict)}}else{
var res=$B.$call(iter_func,obj)}
if($B.search_slot($B.get_class(res),'tp_iternext',$B.NULL)===$B.NULL){$B.RAISE(_b_.TypeError,`iter() returned non-iterable of type '${$B.class_name(res)}'`)}
return res}
var getitem_func=$B.search_in_mro(klass,'__getitem__',$B.NULL)
if(test){console.log('getitem_func',getitem_func)}
if(getitem_func !==$B.NULL){var it={ob_type:$B.iterator,it_seq:obj}
return $B.iterator.tp_iter(it)}
$B.RAISE(_b_.TypeError,`'${$B.class_name(obj)}' object is not iterable`
)}else{
return callable_iterator.$factory(obj,sentinel)}}
var iter=_b_.iter=function(){
var $=$B.args('iter',1,{obj:null},arguments,null,'args','kw'),sentinel
if($.args.length > 0){sentinel=$.args[0]}
return $B.$iter($.obj,sentinel)}
var len=_b_.len=function(obj){check_nb_args_no_kw('len',1,arguments)
var klass=$B.get_class(obj)
var method=$B.search_in_mro(klass,'__len__',null)
if(method===null){$B.RAISE(_b_.TypeError,"object of type '"+
$B.class_name(obj)+"' has no len()")}
let res=$B.$call(method,obj)
if(res===undefined){console.log('call',method,'with obj',obj,'returns undef')}
if(!$B.is_int(res)){$B.RAISE(_b_.TypeError,`'${$B.class_name(res)}' object cannot be interpreted as an integer`
)}
if(!$B.rich_comp('__ge__',res,0)){$B.RAISE(_b_.ValueError,'ValueError: __len__() should return >= 0')}
return res}
_b_.locals=function(){
check_nb_args('locals',0,arguments)
var locals_obj=$B.frame_obj.frame[1]
var class_locals=locals_obj.$target
if(class_locals && $B.get_class(class_locals)===_b_.dict){return class_locals}
var d=$B.empty_dict()
for(var key in locals_obj){if(key.startsWith('$')||key=='__class__' ||key=='ob_type'){continue}
_b_.dict.$setitem(d,key,locals_obj[key])}
return d}
var map=_b_.map
map.$factory=function(){var $=$B.args('map',2,{func:null,it1:null},arguments,null,'args',null),func=$.func
var iter_args=[$B.make_js_iterator($.it1)]
for(var arg of $.args){iter_args.push($B.make_js_iterator(arg))}
return{
ob_type:map,args:iter_args,func:func,iterables:[$.it1,...$.args]}}
_b_.map.tp_iter=function(self){return self}
_b_.map.tp_iternext=function*(self){var args=[]
for(var iter of self.args){var arg=iter.next()
if(arg.done){$B.RAISE(_b_.StopIteration,'')}
args.push(arg.value)}
yield $B.$call(self.func,...args)}
_b_.map.tp_new=function(cls,args,kw){$B.check_kw_empty('map',kw)
if(args.length < 2){$B.RAISE(_b_.TypeError,'map() must have at least two arguments.')}
var[func,it1,...extra_args]=args
var iter_args=[$B.make_js_iterator(it1)]
for(var arg of extra_args){iter_args.push($B.make_js_iterator(arg))}
return{
ob_type:cls,args:iter_args,func:func,iterables:[it1,...extra_args]}}
var map_funcs=_b_.map.tp_funcs={}
map_funcs.__reduce__=function(self){return $B.fast_tuple([$B.get_class(self),$B.fast_tuple([self.func,...(self.iterables ||[])])])}
map_funcs.__setstate__=function(self){}
_b_.map.tp_methods=["__reduce__","__setstate__"]
$B.set_func_names(map,"builtins")
$B.nb_min=0
function $extreme(args,op){
var $op_name=op=='__lt__' ? 'min' :'max'
var last=args[args.length-1]
var nb_args=args.length
var kw
if(last.$kw){nb_args--
kw=$B.parse_kwargs(last.$kw)}
var has_default=false,func=false
if(kw){for(var key in kw){switch(key){case 'key':
func=kw.key
break
case 'default':
var default_value=kw.default
has_default=true
break
default:
$B.RAISE(_b_.TypeError,"'"+item.key+
"' is an invalid keyword argument for this function")}}}
if((! func)||func===_b_.None){func=null}
if(nb_args==0){$B.RAISE(_b_.TypeError,$op_name+" expected 1 arguments, got 0")}else if(nb_args==1){
var $iter=$B.make_js_iterator_no_trace(args[0]),res=null,x_value,extr_value
for(var x of $iter){if(res===null){extr_value=func===null ? x :$B.$call(func,x)
res=x}else{
x_value=func===null ? x :$B.$call(func,x)
if($B.rich_comp(op,x_value,extr_value)){res=x
extr_value=x_value}}}
if(res===null){if(has_default){$B.nb_min++
return default_value}else{
$B.RAISE(_b_.ValueError,$op_name+
"() arg is an empty sequence")}}else{
return res}}else{
if(has_default){$B.RAISE(_b_.TypeError,"Cannot specify a default for "+
$op_name+"() with multiple positional arguments")}
var res=null,x,x_value,extr_value
for(var i=0;i < nb_args;i++){x=args[i]
if(res===null){extr_value=func===null ? x :$B.$call(func,x)
res=x}else{
x_value=func===null ? x :$B.$call(func,x)
if($B.rich_comp(op,x_value,extr_value)){res=x
extr_value=x_value}}}
if(res===null){$B.RAISE(_b_.ValueError,$op_name+
"() arg is an empty sequence")}else{
return res}}}
_b_.max=function(){return $extreme(arguments,'__gt__')}
_b_.min=function(){return $extreme(arguments,'__lt__')}
var next=_b_.next=function(obj){check_no_kw('next',obj)
var missing={},$=$B.args("next",2,{obj:null,def:null},arguments,{def:missing},null,null)
var klass=$B.get_class(obj),ga=$B.$getattr(klass,"__next__",$B.NULL)
if(ga !==$B.NULL){try{
return $B.$call(ga,obj)}catch(err){if($B.is_exc(err,[_b_.StopIteration])&&
$.def !==missing){return $.def}
throw err}}
$B.RAISE(_b_.TypeError,"'"+$B.class_name(obj)+
"' object is not an iterator")}
var NotImplementedType=$B.NotImplementedType
NotImplementedType.$factory=function(){return NotImplemented}
NotImplementedType.tp_repr=function(){return "NotImplemented"}
NotImplementedType.nb_bool=function(){$B.RAISE(_b_.TypeError,"NotImplemented should not be used in a boolean context")}
NotImplementedType.tp_funcs={__reduce__:function(){return 'NotImplemented'}}
NotImplementedType.tp_methods=['__reduce__']
$B.set_func_names(NotImplementedType,"builtins")
var NotImplemented=_b_.NotImplemented={ob_type:NotImplementedType}
_b_.oct=function(obj){check_nb_args_no_kw('oct',1,arguments)
return bin_hex_oct(8,obj)}
_b_.ord=function(c){check_nb_args_no_kw('ord',1,arguments)
if(typeof c.valueOf()=='string'){if(c.length==1){return c.charCodeAt(0)}else if(c.length==2){var code=c.codePointAt(0)
if(code >=0x10000 && code <=0x10FFFF){return code}}
$B.RAISE(_b_.TypeError,'ord() expected a character, but '+
'string of length '+c.length+' found')}
switch($B.get_class(c)){case _b_.str:
if(c.length==1){return c.charCodeAt(0)}
$B.RAISE(_b_.TypeError,'ord() expected a character, but '+
'string of length '+c.length+' found')
case _b_.bytes:
case _b_.bytearray:
if(c.source.length==1){return c.source[0]}
$B.RAISE(_b_.TypeError,'ord() expected a character, but '+
'string of length '+c.source.length+' found')
default:
$B.RAISE(_b_.TypeError,'ord() expected a character, but '+
$B.class_name(c)+' was found')}}
var complex_modulo=()=> $B.EXC(_b_.ValueError,'complex modulo')
var all_ints=()=> $B.EXC(_b_.TypeError,'pow() 3rd argument not '+
'allowed unless all arguments are integers')
_b_.pow=function(){var $=$B.args('pow',3,{x:null,y:null,mod:null},arguments,{mod:None},null,null)
var x=$.x,y=$.y,z=$.mod
if(z===_b_.None){return $B.rich_op('__pow__',x,y)}else{
if($B.is_int(x)){if($B.$isinstance(y,_b_.float)){throw all_ints()}else if($B.$isinstance(y,_b_.complex)){throw complex_modulo()}else if($B.is_int(y)){if($B.$isinstance(z,_b_.complex)){throw complex_modulo()}else if(! $B.is_int(z)){
var zpow=$B.$isinstance(z,_b_.float)? null :
$B.$getattr($B.get_class(z),'__pow__',null)
if(zpow){try{
var zr=$B.$call(zpow,x,y,z)
if(zr !==_b_.NotImplemented){return zr }}catch(_err){}}
throw all_ints()}
return _b_.int.nb_power(x,y,z)}}else if($B.$isinstance(x,_b_.float)){throw all_ints()}else if($B.$isinstance(x,_b_.complex)){throw complex_modulo()}}
var res=$B.$call($B.$getattr(x,'__pow__'),y,z)
if(res !==_b_.NotImplemented){return res}
var rres=$B.$call($B.$getattr(y,'__rpow__'),x,z)
if(rres !==_b_.NotImplemented){return rres}
throw $B.EXC(_b_.TypeError,"unsupported operand type(s) for pow(): '"+$B.class_name(x)+
"', '"+$B.class_name(y)+"', '"+$B.class_name(z)+"'")}
var $print=_b_.print=function(){var arg=arguments[0]
var[args,kw]=$B.parse_args_kw('print',arguments)
var end=$B.str_dict_get(kw,'end','\n'),sep=$B.str_dict_get(kw,'sep',' '),file=$B.str_dict_get(kw,'file',$B.get_stdout())
var writer=$B.$getattr(file,'write')
for(var i=0,len=args.length;i < len;i++){var arg=$B.make_str(args[i])
$B.$call(writer,arg)
if(i < len-1){$B.$call(writer,sep)}}
$B.$call(writer,end)
var flush=$B.$getattr(file,'flush',None)
if(flush !==None){$B.$call(flush)}
return None}
$print.ob_type=$B.builtin_function_or_method
var quit=_b_.quit=function(){throw _b_.SystemExit}
quit.__repr__=function(){return "Use quit() or Ctrl-Z plus Return to exit"}
var repr=_b_.repr=function(obj){check_nb_args_no_kw('repr',1,arguments)
var klass=$B.get_class(obj)
var tp_repr=$B.search_slot(klass,'tp_repr')
return tp_repr(obj)}
var reversed=_b_.reversed
reversed.$factory=function(seq){
check_nb_args_no_kw('reversed',1,arguments)
var klass=$B.get_class(seq),rev_method=$B.$getattr(klass,'__reversed__',null)
if(rev_method !==null){return $B.$call(rev_method,seq)}
try{
var method=$B.$getattr(klass,'__getitem__')}catch(err){$B.RAISE(_b_.TypeError,"argument to reversed() must be a sequence")}
var seqlen=_b_.len(seq)
if(typeof seqlen !=='number'){if(typeof seqlen==='bigint')seqlen=Number(seqlen)
else seqlen=Number(seqlen)|0}
var res={ob_type:reversed,seq,len :seqlen,
counter:seqlen,getitem:method}
return res}
_b_.reversed.tp_iter=function(self){
return self}
_b_.reversed.tp_iternext=function*(self){self.counter--
if(self.counter < 0){return}
yield $B.$call(self.getitem,self.seq,self.counter)}
_b_.reversed.tp_new=function(cls,args,kw){var[seq]=$B.unpack_args('reversed',args,[],{})
$B.check_kw_empty('reversed',kw)
var rev_method=$B.$getattr($B.get_class(seq),'__reversed__',$B.NULL)
if(rev_method !==$B.NULL){return $B.$call(rev_method,seq)}
try{
var method=$B.$getattr($B.get_class(seq),'__getitem__')}catch(err){$B.RAISE(_b_.TypeError,"argument to reversed() must be a sequence")}
var seqlen=_b_.len(seq)
if(typeof seqlen !=='number'){if(typeof seqlen==='bigint')seqlen=Number(seqlen)
else if(seqlen && seqlen.value !==undefined)seqlen=Number(seqlen.value)
else seqlen=Number(seqlen)}
var res={ob_type:cls,seq,len:seqlen,
counter:seqlen,getitem:method}
return res}
var reversed_funcs=_b_.reversed.tp_funcs={}
reversed_funcs.__length_hint__=function(self){var n=self.counter
return n < 0 ? 0 :n}
reversed_funcs.__reduce__=function(self){check_nb_args_no_kw('__reduce__',1,arguments)
var cls=self.ob_type
if(self.seq===undefined){return $B.fast_tuple([cls,$B.fast_tuple([$B.fast_tuple([])])])}
return $B.fast_tuple([cls,$B.fast_tuple([self.seq]),self.counter])}
reversed_funcs.__setstate__=function(self,state){var n=typeof state==='bigint' ? Number(state):state
if(typeof n !=='number'){n=Number(n)}
if(n <-1){n=-1 }
if(n > self.len){n=self.len }
self.counter=n
return _b_.None}
_b_.reversed.tp_methods=["__length_hint__","__reduce__","__setstate__"]
$B.set_func_names(reversed,"builtins")
_b_.round=function(){var $=$B.args('round',2,{number:null,ndigits:null},arguments,{ndigits:None},null,null)
var arg=$.number,n=$.ndigits===None ? 0 :$.ndigits
var klass
if(! $B.$isinstance(arg,[_b_.int,_b_.float])){klass=$B.get_class(arg)
try{
return $B.$call($B.$getattr(klass,"__round__"),...arguments)}catch(err){if($B.is_exc(err,[_b_.AttributeError])){$B.RAISE(_b_.TypeError,"type "+$B.class_name(arg)+
" doesn't define __round__ method")}else{
throw err}}}
if(! $B.is_int(n)){$B.RAISE(_b_.TypeError,"'"+$B.class_name(n)+
"' object cannot be interpreted as an integer")}
klass=$B.get_class(arg)
if($B.$isinstance(arg,_b_.float)){return _b_.float.tp_funcs.__round__(arg,$.ndigits)}
var mult=Math.pow(10,n),x=arg*mult,floor=Math.floor(x),diff=Math.abs(x-floor),res
if(diff==0.5){if(floor % 2){floor+=1}
res=_b_.int.nb_true_divide(floor,mult)}else{
res=_b_.int.nb_true_divide(Math.round(x),mult)}
if(res.value===Infinity ||res.value===-Infinity){$B.RAISE(_b_.OverflowError,"rounded value too large to represent")}
if($.ndigits===None){
return Math.floor(res.value)}else{
return $B.$call(klass,res)}}
_b_.setattr=function(){var $=$B.args('setattr',3,{obj:null,attr:null,value:null},arguments,null,null,null)
var obj=$.obj,attr=$.attr,value=$.value
if(!(typeof attr=='string')){$B.RAISE(_b_.TypeError,"setattr(): attribute name must be string")}
return $B.$setattr(obj,attr,value)}
$B.$setattr1=function(obj,attr,value,inum){try{
$B.$setattr(obj,attr,value)}catch(err){$B.set_inum(inum)
throw err}}
$B.$setattr=function(obj,attr,value){
var test=false 
if(test){console.log("set attr",attr,"of",obj,"klass",$B.get_class(obj),"to",value)}
var klass=$B.get_class(obj)
var setattr=klass.tp_setattro
if(test){console.log('seattr',obj,attr,value,'setattr func',setattr)}
if(setattr===$B.NULL){$B.RAISE(_b_.AttributeError,'no setattr')}
setattr(obj,attr,value)
return _b_.None}
_b_.sorted=function(){var $=$B.args('sorted',1,{iterable:null},arguments,null,null,'kw')
var _list=_b_.list.$factory($.iterable)
_b_.list.tp_funcs.sort(_list,$B.dict2kwarg($.kw))
return _list}
_b_.sum=function(){var $=$B.args('sum',2,{iterable:null,start:null},arguments,{start:0},null,null)
var iterable=$.iterable,start=$.start
if($B.$isinstance(start,[_b_.str,_b_.bytes])){$B.RAISE(_b_.TypeError,"sum() can't sum bytes"+
" [use b''.join(seq) instead]")}
var res=start
iterable=iter(iterable)
while(true){try{
var _item=next(iterable)
res=$B.rich_op('__add__',res,_item)}catch(err){if($B.is_exc(err,[_b_.StopIteration])){break}else{
throw err}}}
return res}
var $$super=_b_.super
function supercheck(type,obj){
if($B.is_type(obj)&& _b_.issubclass(obj,type)){return obj}
if(_b_.issubclass($B.get_class(obj),type)){return $B.get_class(obj)}else{
var class_attr=$B.$getattr(obj,'__class__',$B.NULL)
if(class_attr !==$B.NULL && $B.is_type(class_attr)&&
class_attr !==$B.get_class(obj)){if(_b_.issubclass(class_attr,type)){return class_attr}}}
var type_or_instance,obj_str
if($B.is_type(obj)){type_or_instance="type"
obj_str=obj.tp_name}else{
type_or_instance="instance of"
obj_str=$B.class_name(obj)}
$B.RAISE(_b_.TypeError,`super(type, obj): obj (${type_or_instance} ${obj_str}) is not `+
`an instance or subtype of type (${type.tp_name}).`
)}
_b_.super.tp_repr=function(self){$B.builtins_repr_check($$super,arguments)
var res="<super: <class '"+$B.get_name(self.type)+"'>"
if(self.obj_type !==undefined){res+=', <'+$B.get_name($B.get_class(self.obj_type))+' object>'}else{
res+=', NULL'}
return res+'>'}
_b_.super.tp_getattro=function(self,attr){
var $test=false 
if(attr=="__class__"){return _b_.object.tp_getattro(self,attr)}
if(self.type.$is_js_class){if(attr=="__init__"){
return function(){mro[0].$js_func.call(self.obj_type,...arguments)}}}
if(self.obj===_b_.None){return _b_.object.tp_getattro(self,attr)}
var object_or_type=self.obj,mro=$B.get_mro(self.obj_type)
var search_start=mro.indexOf(self.type)+1,search_classes=mro.slice(search_start)
if($test){console.log('super.tp_getattro, self',self,'attr',attr)
console.log('search classes',search_classes)
console.log('frame obj',$B.frame_obj)}
if($test){console.log('super.__ga__, self',self,'search classes',search_classes)
console.log('frame obj',$B.frame_obj)}
var f
for(var klass of search_classes){if($test){console.log('search',attr,'in dict of',klass)}
var in_dict=$B.search_in_dict(klass,attr,$B.NULL)
if(in_dict !==$B.NULL){if($test){console.log('found in dict of',klass)}
f=in_dict
break}}
if(f===undefined){if($$super[attr]!==undefined){return(function(x){return function(){var args=[x]
for(var i=0,len=arguments.length;i < len;i++){args.push(arguments[i])}
return $$super[attr].apply(null,args)}})(self)}
if($test){console.log("no attr",attr,self,"mro",mro)}
return _b_.object.tp_getattro(self,attr)}
if($test){console.log("super",attr,self,'\nf',f,'type(f)',$B.get_class(f))}
var f_cls=$B.get_class(f)
var getter=f_cls.tp_descr_get
var res
if(getter !==$B.NULL){if($test){console.log('call getter',getter)
console.log('args',self.obj,self.obj_type)}
res=getter(f,self.obj,self.obj_type)}else{
res=f}
if($test){console.log('result of super.tp_getattro',attr,res)}
if(res===$B.NULL){return _b_.object.tp_getattro(self,attr)}
return res}
_b_.super.tp_descr_get=function(self,instance){
if(instance===$B.NULL){return self}
return $B.$call($$super,self.type,instance)}
_b_.super.tp_init=function(self,_type,object_or_type){var $=$B.args('__init__',3,{self:null,type:null,object_or_type:null},arguments,{type:_b_.None,object_or_type:_b_.None})
var self=$.self,type=$.type,object_or_type=$.object_or_type
if(object_or_type===_b_.None){if(type===_b_.None){var frame=$B.frame_obj.frame,pyframe=$B.module_getattr($B.imported["_sys"],'_getframe')(),code=$B.$getattr(pyframe,'f_code'),co_varnames=$B.$getattr(code,'co_varnames')
if(co_varnames.length > 0){type=$B.get_class(frame[1])
if(type===undefined){$B.RAISE(_b_.RuntimeError,"super(): no arguments")}
object_or_type=frame[1][co_varnames[0]]}else{
$B.RAISE(_b_.RuntimeError,"super(): no arguments")}
self.type=type
self.obj=object_or_type
self.obj_type=supercheck(type,object_or_type)
return}else{
self.type=type
self.obj=_b_.None
self.obj_type=_b_.None
return}}
if(Array.isArray(object_or_type)){object_or_type=object_or_type[0]}
self.type=type
self.obj=object_or_type
self.obj_type=supercheck(type,object_or_type)}
_b_.super.tp_new=function(cls){var res={ob_type:cls}
$B.init_dict(res)
return res}
var super_funcs=_b_.super.tp_funcs={}
_b_.super.tp_members=[["__thisclass__",$B.TYPES.OBJECT,"type",1],["__self__",$B.TYPES.OBJECT,"obj",1],["__self_class__",$B.TYPES.OBJECT,"obj_type",1]
]
$B.set_func_names($$super,"builtins")
_b_.vars=function(){var $=$B.args('vars',1,{obj:null},arguments,{obj:$B.NULL},null,null)
var obj=$.obj
if(obj===$B.NULL){return _b_.locals()}else{
if($B.get_dict(obj)){return $B.get_dict(obj)}else{
$B.RAISE(_b_.TypeError,"vars() argument must have __dict__ attribute")}}}
var zip=_b_.zip
zip.$factory=function(){var res={ob_type:zip,items:[]}
if(arguments.length==0){return res}
var[args,kw]=$B.parse_args_kw('zip',arguments)
var strict=$B.$bool($B.str_dict_get(kw,'strict',false))
var iters=[]
for(var arg of args){iters.push($B.make_js_iterator(arg))}
return{
ob_type:zip,iters,strict}}
_b_.zip.tp_iter=function(self){return self}
_b_.zip.tp_iternext=function*(self){var res=[],len=self.iters.length
for(var i=0;i < len;i++){var v=self.iters[i].next()
if(v.done){if(self.strict){if(i > 0){$B.RAISE(_b_.ValueError,`zip() argument ${i + 1} is longer than argument ${i}`)}else{
for(var j=1;j < len;j++){var v1=self.iters[j].next()
if(! v1.done){$B.RAISE(_b_.ValueError,`zip() argument ${j + 1} is longer than argument ${i + 1}`)}}}}
return}
res.push(v.value)}
yield $B.fast_tuple(res)}
_b_.zip.tp_new=function(cls,args,kw){var res={ob_type:cls,items:[]}
var strict=$B.$bool($B.str_dict_get(kw,'strict',false))
var iters=[]
for(var arg of args){iters.push($B.make_js_iterator(arg))}
return{
ob_type:cls,iters,strict}}
var zip_funcs=_b_.zip.tp_funcs={}
zip_funcs.__reduce__=function(self){}
zip_funcs.__setstate__=function(self){}
_b_.zip.tp_methods=["__reduce__","__setstate__"]
$B.set_func_names(zip,"builtins")
function no_set_attr(klass,attr){if(klass[attr]!==undefined){$B.RAISE_ATTRIBUTE_ERROR("'"+klass.__name__+
"' object attribute '"+attr+"' is read-only",klass,attr)}else{
throw $B.attr_error(attr,klass)}}
var True=_b_.True=true
var False=_b_.False=false
var ellipsis=$B.ellipsis
ellipsis.$factory=function(){return Ellipsis}
ellipsis.tp_repr=function(){return 'Ellipsis'}
ellipsis.tp_new=function(){return Ellipsis}
var Ellipsis=_b_.Ellipsis={ob_type:ellipsis}
ellipsis.tp_funcs={__reduce__:function(){return 'Ellipsis'}}
ellipsis.tp_methods=['__reduce__']
$B.set_func_names(ellipsis)
_b_.__BRYTHON__=__BRYTHON__})(__BRYTHON__);
;
(function($B){var _b_=$B.builtins
var code=$B.code
var co_attrs=["co_argcount","co_posonlyargcount","co_kwonlyargcount","co_stacksize","co_flags","co_nlocals","co_consts","co_names","co_filename","co_name","co_qualname","co_firstlineno","co_linetable","co_exceptiontable"
]
function code_eq(self,other){for(var attr of co_attrs){if(! $B.is_or_equals(self[attr],other[attr])){return false}}
return true}
$B.code.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,$B.code)){return _b_.NotImplemented}
switch(op){case '__eq__':
return code_eq(self,other)
case '__ne__':
return ! code_eq(self,other)
default:
return _b_.NotImplemented}}
$B.code.tp_repr=function(self){return `<code object ${self.co_name}, file '${self.co_filename}', `+
`line ${self.co_firstlineno || 1}>`}
$B.code.tp_hash=function(self){return _b_.object.tp_hash(self)}
$B.code.tp_new=function(cls,args,kw){var res={ob_type:cls}
$B.init_dict(res)
return res}
var code_funcs=$B.code.tp_funcs={}
code_funcs.__replace__=function(self){$B.RAISE(_b_.NotImplementedError)}
code_funcs.__sizeof__=function(self){return 216}
code_funcs._co_code_adaptive_get=function(self){return _b_.None}
code_funcs._co_code_adaptive_set=_b_.None
code_funcs._varname_from_oparg=function(self){$B.RAISE(_b_.NotImplementedError)}
code_funcs.co_argcount=function(self){return self.co_argcount}
code_funcs.co_branches=function(self){console.log('get co branches',self)}
code_funcs.co_cellvars_get=function(self){return self.co_cellvars}
code_funcs.co_cellvars_set=_b_.None
code_funcs.co_code_get=function(self){return self.co_code}
code_funcs.co_code_set=_b_.None
code_funcs.co_freevars_get=function(self){return self.co_freevars}
code_funcs.co_freevars_set=_b_.None
code_funcs.co_lines=function(self){return _b_.NotImplemented}
code_funcs.co_lnotab_get=function(self){return _b_.None}
code_funcs.co_lnotab_set=_b_.None
code_funcs.co_positions=function(self){return self.co_positions()}
code_funcs.co_varnames_get=function(self){return self.co_varnames}
code_funcs.co_varnames_set=_b_.None
code_funcs.replace=function(self){var $=$B.args('replace',1,{self:null},arguments,null,null,'kw')
var self=$.self
var expected=['co_argcount','co_branches','co_cellvars','co_code','co_consts','co_exceptiontable','co_filename','co_firstlineno','co_flags','co_freevars','co_kwonlyargcount','co_lines','co_linetable','co_lnotab','co_name','co_names','co_nlocals','co_positions','co_posonlyargcount','co_qualname','co_stacksize','co_varnames']
$B.set_expected_kwargs(self,expected,$.kw)
return self}
$B.code.tp_methods=["__sizeof__","co_lines","co_branches","co_positions","replace","_varname_from_oparg","__replace__"
]
$B.code.tp_members=[["co_argcount",$B.TYPES.INT,'co_argcount',1],["co_posonlyargcount",$B.TYPES.INT,'co_posonlyargcount',1],["co_kwonlyargcount",$B.TYPES.INT,'co_kwonlyargcount',1],["co_stacksize",$B.TYPES.INT,'co_stacksize',1],["co_flags",$B.TYPES.INT,'co_flags',1],["co_nlocals",$B.TYPES.INT,'co_nlocals',1],["co_consts",$B.TYPES.OBJECT,'co_consts',1],["co_names",$B.TYPES.OBJECT,'co_names',1],["co_filename",$B.TYPES.OBJECT,'co_filename',1],["co_name",$B.TYPES.OBJECT,'co_name',1],["co_qualname",$B.TYPES.OBJECT,'co_qualname',1],["co_firstlineno",$B.TYPES.INT,'co_firstlineno',1],["co_linetable",$B.TYPES.OBJECT,'co_linetable',1],["co_exceptiontable",$B.TYPES.OBJECT,'co_exceptiontable',1],]
$B.code.tp_getset=["co_lnotab","_co_code_adaptive","co_varnames","co_cellvars","co_freevars","co_code"
]
$B.set_func_names(code,"builtins")})(__BRYTHON__)
;
(function($B){var _b_=$B.builtins
var $$eval=_b_.eval=function(){var $=$B.args("eval",4,{src:null,globals:null,locals:null,mode:null},arguments,{globals:_b_.None,locals:_b_.None,mode:'eval'},null,null,4),src=$.src,_globals=$.globals,_locals=$.locals,mode=$.mode
var test=false 
if(test){console.log('exec\n',src)}
if($.src.mode && $.src.mode=="single" &&
["<console>","<stdin>"].indexOf($.src.filename)>-1){
_b_.print(">",$.src.source.trim())}
var filename='<string>'
if($B.exact_type(src,$B.code)){filename=src.filename}else if((! src.valueOf)||typeof src.valueOf()!=='string'){$B.RAISE(_b_.TypeError,`${mode}() arg 1 must be a string,`+
" bytes or code object")}else{
src=src.valueOf()
src=src.replace(/\r\n/g,'\n').
replace(/\r/g,'\n')}
var __name__='exec'
if(_globals===_b_.None){if($B.frame_obj !==null){__name__=$B.frame_obj.frame[2]}}
if(_globals !==_b_.None && $B.get_class(_globals)==_b_.dict){__name__=$B.str_dict_get(_globals,'__name__',__name__)}
$B.url2name[filename]=__name__
var frame=$B.frame_obj.frame
$B.exec_scope=$B.exec_scope ||{}
if(typeof src=='string' && src.endsWith('\\\n')){var exc=$B.EXC(_b_.SyntaxError,'unexpected EOF while parsing')
var lines=src.split('\n'),line=lines[lines.length-2]
exc.args=['unexpected EOF while parsing',[filename,lines.length-1,1,line]]
exc.filename=filename
exc.text=line
throw exc}
var local_name=('locals_'+__name__).replace(/\./g,'_'),global_name=('globals_'+__name__).replace(/\./g,'_'),exec_locals={},exec_globals={}
if(_globals===_b_.None){
if(frame[1]===frame[3]){
global_name+='_globals'
exec_locals=exec_globals=frame[3]}else{
if(mode=="exec"){
exec_locals=$B.clone(frame[1])
for(var attr in frame[3]){exec_locals[attr]=frame[3][attr]}
exec_globals=exec_locals}else{
exec_locals=frame[1]
exec_globals=frame[3]}}}else{
if($B.get_class(_globals)!==_b_.dict){$B.RAISE(_b_.TypeError,`${mode}() globals must be `+
"a dict, not "+$B.class_name(_globals))}
exec_globals=$B.dict_as_jsobj(_globals)
$B.imported[__name__]=$B.module.$factory(__name__)
$B.set_dict($B.imported[__name__],exec_globals)
if(exec_globals.__builtins__===undefined){exec_globals.__builtins__=_b_.__builtins__}
if(_locals===_b_.None){exec_locals=exec_globals}else{
if(_locals===_globals){
global_name+='_globals'
exec_locals=exec_globals}else if($B.exact_type(_locals,_b_.dict)){exec_locals=$B.dict_as_jsobj(_locals)}else{
var klass=$B.get_class(_locals),getitem=$B.$getattr(klass,'__getitem__'),setitem=$B.$getattr(klass,'__setitem__')
exec_locals=new Proxy(_locals,{get(target,prop){if(prop=='$target'){return target}else if(prop==$B.LOCALS_PROXY){return true}
try{
return $B.$call(getitem,target,prop)}catch(err){return undefined}},set(target,prop,value){return $B.$call(setitem,target,prop,value)}})}}}
var save_frame_obj=$B.frame_obj
var _ast
frame=[__name__,exec_locals,__name__,exec_globals]
frame.is_exec_top=true
$B.enter_frame(frame,filename,1)
var _frame_obj=$B.frame_obj
if($B.exact_type(src,$B.code)){if(src.mode=='exec' && mode=='eval'){return _b_.None}
_ast=src._ast
if(_ast.$js_ast){_ast=_ast.$js_ast}else{
_ast=$B.ast_py_to_js(_ast)}
if(_ast instanceof $B.ast.Expression){
var expr_name='_'+$B.UUID()
var name=new $B.ast.Name(expr_name,new $B.ast.Store())
$B.copy_position(name,_ast.body)
var assign=new $B.ast.Assign([name],_ast.body)
$B.copy_position(assign,_ast.body)
_ast=new $B.ast.Module([assign])}}
try{
if(! _ast){var _mode=mode=='eval' ? 'eval' :'file'
var parser=new $B.Parser(src,filename,_mode)
_ast=$B._PyPegen.run_parser(parser)}
var future=$B.future_features(_ast,filename),symtable=$B._PySymtable_Build(_ast,filename,future),js_obj=$B.js_from_root({ast:_ast,symtable,filename,src,namespaces:{local_name,exec_locals,global_name,exec_globals}}),js=js_obj.js}catch(err){if(err.args){if(err.args[1]){exec_locals.$lineno=err.args[1][1]}}else{
console.log('JS Error',err.message)
console.log(err)}
$B.frame_obj=save_frame_obj
throw err}
if(mode=='eval'){
if($B.get_class(src)===$B.code){js+=`\nreturn locals.${expr_name}`}else{
js=`var __file__ = '${filename}'\n`+
`var locals = ${local_name};\n`+
'return '+js}}else if(src.single_expression){if($B.get_class(src)===$B.code){js+=`var result = locals.${expr_name}\n`+
`if (result !== _b_.None) {\n`+
`_b_.print(result)\n`+
`}`}else{
js=`var __file__ = '${filename}'\n`+
`var result = ${js}\n`+
`if (result !== _b_.None) {\n`+
`_b_.print(result)\n`+
`}`}}
try{
var exec_func=new Function('$B','_b_','locals',local_name,global_name,'frame','_frame_obj',js)}catch(err){if(true){
console.log('eval() error\n',js)}
$B.frame_obj=save_frame_obj
throw err}
try{
var res=exec_func($B,_b_,exec_locals,exec_locals,exec_globals,frame,_frame_obj)}catch(err){if(err.ob_type===undefined ||err.ob_type==_b_.JavascriptError){console.log('JS error')
console.log(err)
console.log('frame obj',$B.frame_obj)
console.log('filename',filename)}
if($B.get_option('debug')> 2){console.log(
'Python code\n',src,'\nexec func',$B.format_indent(exec_func+'',0),'\n    filename',filename,'\n    name from filename',$B.url2name[filename],'\n    local_name',local_name,'\n    exec_locals',exec_locals,'\n    global_name',global_name,'\n    exec_globals',exec_globals,'\n    frame',frame,'\n    _ast',_ast,'\n    js',js,'\n    err',$B.get_class(err),err.args,err.$frame_obj)}
$B.set_exc(err,frame)
$B.frame_obj=save_frame_obj
throw err}
$B.frame_obj=save_frame_obj
return res}
$$eval.$is_func=true
var exec=_b_.exec=function(){var $=$B.args("exec",3,{src:null,globals:null,locals:null},arguments,{globals:_b_.None,locals:_b_.None},null,null,1)
var src=$.src,globals=$.globals,locals=$.locals
$$eval(src,globals,locals,"exec")
return _b_.None}})(__BRYTHON__)
;
"use strict";
;(function($B){var _b_=$B.builtins
var DEFAULT_MIN_MERGE=32
var DEFAULT_MIN_GALLOPING=7
var DEFAULT_TMP_STORAGE_LENGTH=256
var POWERS_OF_TEN=[1e0,1e1,1e2,1e3,1e4,1e5,1e6,1e7,1e8,1e9]
function log10(x){if(x < 1e5){if(x < 1e2){return x < 1e1 ? 0 :1}
if(x < 1e4){return x < 1e3 ? 2 :3}
return 4}
if(x < 1e7){return x < 1e6 ? 5 :6}
if(x < 1e9){return x < 1e8 ? 7 :8}
return 9}
function alphabeticalCompare(a,b){if(a===b){return 0}
if(~~a===a && ~~b===b){if(a===0 ||b===0){return a < b ?-1 :1}
if(a < 0 ||b < 0){if(b >=0){return-1}
if(a >=0){return 1}
a=-a
b=-b}
var al=log10(a),bl=log10(b)
var t=0
if(al < bl){a*=POWERS_OF_TEN[bl-al-1]
b/=10
t=-1}else if(al > bl){b*=POWERS_OF_TEN[al-bl-1]
a/=10
t=1}
if(a===b){return t}
return a < b ?-1 :1}
var aStr=String(a)
var bStr=String(b)
if(aStr===bStr){return 0}
return aStr < bStr ?-1 :1}
function minRunLength(n){var r=0
while(n >=DEFAULT_MIN_MERGE){r |=(n & 1)
n >>=1}
return n+r}
function makeAscendingRun(array,lo,hi,compare){var runHi=lo+1
if(runHi===hi){return 1}
if(compare(array[runHi++],array[lo])< 0){while(runHi < hi && compare(array[runHi],array[runHi-1])< 0){runHi++}
reverseRun(array,lo,runHi)}else{
while(runHi < hi && compare(array[runHi],array[runHi-1])>=0){runHi++}}
return runHi-lo}
function reverseRun(array,lo,hi){hi--
while(lo < hi){var t=array[lo]
array[lo++]=array[hi]
array[hi--]=t}}
function binaryInsertionSort(array,lo,hi,start,compare){if(start===lo){start++}
for(;start < hi;start++){var pivot=array[start]
var left=lo
var right=start
while(left < right){var mid=(left+right)>>> 1
if(compare(pivot,array[mid])< 0){right=mid}else{
left=mid+1}}
var n=start-left
switch(n){case 3:
array[left+3]=array[left+2]
case 2:
array[left+2]=array[left+1]
case 1:
array[left+1]=array[left]
break
default:
while(n > 0){array[left+n]=array[left+n-1]
n--}}
array[left]=pivot}}
function gallopLeft(value,array,start,length,hint,compare){var lastOffset=0,maxOffset=0,offset=1
if(compare(value,array[start+hint])> 0){maxOffset=length-hint
while(offset < maxOffset && compare(value,array[start+hint+offset])> 0){lastOffset=offset
offset=(offset << 1)+1
if(offset <=0){offset=maxOffset}}
if(offset > maxOffset){offset=maxOffset}
lastOffset+=hint
offset+=hint}else{
maxOffset=hint+1
while(offset < maxOffset && compare(value,array[start+hint-offset])<=0){lastOffset=offset
offset=(offset << 1)+1
if(offset <=0){offset=maxOffset}}
if(offset > maxOffset){offset=maxOffset}
var tmp=lastOffset
lastOffset=hint-offset
offset=hint-tmp}
lastOffset++
while(lastOffset < offset){var m=lastOffset+((offset-lastOffset)>>> 1)
if(compare(value,array[start+m])> 0){lastOffset=m+1}else{
offset=m}}
return offset}
function gallopRight(value,array,start,length,hint,compare){var lastOffset=0,maxOffset=0,offset=1
if(compare(value,array[start+hint])< 0){maxOffset=hint+1
while(offset < maxOffset && compare(value,array[start+hint-offset])< 0){lastOffset=offset
offset=(offset << 1)+1
if(offset <=0){offset=maxOffset}}
if(offset > maxOffset){offset=maxOffset}
var tmp=lastOffset
lastOffset=hint-offset
offset=hint-tmp}else{
maxOffset=length-hint
while(offset < maxOffset && compare(value,array[start+hint+offset])>=0){lastOffset=offset
offset=(offset << 1)+1
if(offset <=0){offset=maxOffset}}
if(offset > maxOffset){offset=maxOffset}
lastOffset+=hint
offset+=hint}
lastOffset++
while(lastOffset < offset){var m=lastOffset+((offset-lastOffset)>>> 1)
if(compare(value,array[start+m])< 0){offset=m}else{
lastOffset=m+1}}
return offset}
var TIM_SORT_ASSERTION="TimSortAssertion"
var TimSortAssertion=function(message){this.name=TIM_SORT_ASSERTION
this.message=message}
var TimSort=function(array,compare){var self={array:array,compare:compare,minGallop:DEFAULT_MIN_GALLOPING,length :array.length,tmpStorageLength:DEFAULT_TMP_STORAGE_LENGTH,stackLength:0,runStart:null,runLength:null,stackSize:0,
pushRun:function(runStart,runLength){this.runStart[this.stackSize]=runStart
this.runLength[this.stackSize]=runLength
this.stackSize+=1},
mergeRuns:function(){while(this.stackSize > 1){var n=this.stackSize-2
if((n >=1 && this.runLength[n-1]<=
this.runLength[n]+this.runLength[n+1])||
(n >=2 && this.runLength[n-2]<=
this.runLength[n]+this.runLength[n-1])){if(this.runLength[n-1]< this.runLength[n+1]){n--}}else if(this.runLength[n]> this.runLength[n+1]){break}
this.mergeAt(n)}},
forceMergeRuns:function(){while(this.stackSize > 1){var n=this.stackSize-2
if(n > 0 && this.runLength[n-1]< this.runLength[n+1]){n--}
this.mergeAt(n)}},
mergeAt:function(i){var compare=this.compare,array=this.array,start1=this.runStart[i],length1=this.runLength[i],start2=this.runStart[i+1],length2=this.runLength[i+1]
this.runLength[i]=length1+length2
if(i===this.stackSize-3){this.runStart[i+1]=this.runStart[i+2]
this.runLength[i+1]=this.runLength[i+2]}
this.stackSize--
var k=gallopRight(array[start2],array,start1,length1,0,compare)
start1+=k
length1-=k
if(length1===0){return}
length2=gallopLeft(array[start1+length1-1],array,start2,length2,length2-1,compare)
if(length2===0){return}
if(length1 <=length2){this.mergeLow(start1,length1,start2,length2)}else{
this.mergeHigh(start1,length1,start2,length2)}},
mergeLow:function(start1,length1,start2,length2){var compare=this.compare,array=this.array,tmp=this.tmp,i=0
for(let i=0;i < length1;i++){tmp[i]=array[start1+i]}
var cursor1=0,cursor2=start2,dest=start1
array[dest++]=array[cursor2++]
if(--length2===0){for(let i=0;i < length1;i++){array[dest+i]=tmp[cursor1+i]}
return}
if(length1===1){for(let i=0;i < length2;i++){array[dest+i]=array[cursor2+i]}
array[dest+length2]=tmp[cursor1]
return}
var minGallop=this.minGallop
while(true){var count1=0,count2=0,exit=false
do{if(compare(array[cursor2],tmp[cursor1])< 0){array[dest++]=array[cursor2++]
count2++
count1=0
if(--length2===0){exit=true
break}}else{
array[dest++]=tmp[cursor1++]
count1++
count2=0
if(--length1===1){exit=true
break}}}while((count1 |count2)< minGallop)
if(exit){break}
do{
count1=gallopRight(array[cursor2],tmp,cursor1,length1,0,compare)
if(count1 !==0){for(let i=0;i < count1;i++){array[dest+i]=tmp[cursor1+i]}
dest+=count1
cursor1+=count1
length1-=count1
if(length1 <=1){exit=true
break}}
array[dest++]=array[cursor2++]
if(--length2===0){exit=true
break}
count2=gallopLeft(tmp[cursor1],array,cursor2,length2,0,compare)
if(count2 !==0){for(let i=0;i < count2;i++){array[dest+i]=array[cursor2+i]}
dest+=count2
cursor2+=count2
length2-=count2
if(length2===0){exit=true
break}}
array[dest++]=tmp[cursor1++]
if(--length1===1){exit=true
break}
minGallop--}while(count1 >=DEFAULT_MIN_GALLOPING ||
count2 >=DEFAULT_MIN_GALLOPING)
if(exit){break}
if(minGallop < 0){minGallop=0}
minGallop+=2}
this.minGallop=minGallop
if(minGallop < 1){this.minGallop=1}
if(length1===1){for(let i=0;i < length2;i++){array[dest+i]=array[cursor2+i]}
array[dest+length2]=tmp[cursor1]}else if(length1===0){throw new TimSortAssertion('mergeLow preconditions were not respected')}else{
for(let i=0;i < length1;i++){array[dest+i]=tmp[cursor1+i]}}},
mergeHigh:function(start1,length1,start2,length2){let compare=this.compare,array=this.array,tmp=this.tmp
for(let i=0;i < length2;i++){tmp[i]=array[start2+i]}
let cursor1=start1+length1-1,cursor2=length2-1,dest=start2+length2-1,customCursor=0,customDest=0
array[dest--]=array[cursor1--]
if(--length1===0){customCursor=dest-(length2-1)
for(let i=0;i < length2;i++){array[customCursor+i]=tmp[i]}
return}
if(length2===1){dest-=length1
cursor1-=length1
customDest=dest+1
customCursor=cursor1+1
for(let i=length1-1;i >=0;i--){array[customDest+i]=array[customCursor+i]}
array[dest]=tmp[cursor2]
return}
var minGallop=this.minGallop
while(true){let count1=0,count2=0,exit=false
do{if(compare(tmp[cursor2],array[cursor1])< 0){array[dest--]=array[cursor1--]
count1++
count2=0
if(--length1===0){exit=true
break}}else{
array[dest--]=tmp[cursor2--]
count2++
count1=0
if(--length2===1){exit=true
break}}}while((count1 |count2)< minGallop)
if(exit){break}
do{count1=length1-gallopRight(tmp[cursor2],array,start1,length1,length1-1,compare)
if(count1 !==0){dest-=count1
cursor1-=count1
length1-=count1
customDest=dest+1
customCursor=cursor1+1
for(let i=count1-1;i >=0;i--){array[customDest+i]=array[customCursor+i]}
if(length1===0){exit=true
break}}
array[dest--]=tmp[cursor2--]
if(--length2===1){exit=true
break}
count2=length2-gallopLeft(array[cursor1],tmp,0,length2,length2-1,compare)
if(count2 !==0){dest-=count2
cursor2-=count2
length2-=count2
customDest=dest+1
customCursor=cursor2+1
for(let i=0;i < count2;i++){array[customDest+i]=tmp[customCursor+i]}
if(length2 <=1){exit=true
break}}
array[dest--]=array[cursor1--]
if(--length1===0){exit=true
break}
minGallop--}while(count1 >=DEFAULT_MIN_GALLOPING ||
count2 >=DEFAULT_MIN_GALLOPING)
if(exit){break}
if(minGallop < 0){minGallop=0}
minGallop+=2}
this.minGallop=minGallop
if(minGallop < 1){this.minGallop=1}
if(length2===1){dest-=length1
cursor1-=length1
customDest=dest+1
customCursor=cursor1+1
for(let i=length1-1;i >=0;i--){array[customDest+i]=array[customCursor+i]}
array[dest]=tmp[cursor2]}else if(length2==0){throw new TimSortAssertion("mergeHigh preconditions were not respected")}else{
customCursor=dest-(length2-1)
for(let i=0;i < length2;i++){array[customCursor+i]=tmp[i]}}}}
if(self.length < 2*DEFAULT_TMP_STORAGE_LENGTH){self.tmpStorageLength=self.length >>> 1}
self.tmp=new Array(self.tmpStorageLength)
self.stackLength=
(self.length < 120 ? 5 :
self.length < 1542 ? 10 :
self.length < 119151 ? 19 :40)
self.runStart=new Array(self.stackLength)
self.runLength=new Array(self.stackLength)
return self}
function tim_sort(array,compare,lo,hi){if(!Array.isArray(array)){$B.RAISE(_b_.TypeError,"Can only sort arrays")}
if(!compare){compare=alphabeticalCompare}else if(typeof compare !=="function"){hi=lo
lo=compare
compare=alphabeticalCompare}
if(!lo){lo=0}
if(!hi){hi=array.length}
var remaining=hi-lo
if(remaining < 2){return}
var runLength=0
if(remaining < DEFAULT_MIN_MERGE){runLength=makeAscendingRun(array,lo,hi,compare)
binaryInsertionSort(array,lo,hi,lo+runLength,compare)
return}
var ts=new TimSort(array,compare)
var minRun=minRunLength(remaining)
do{runLength=makeAscendingRun(array,lo,hi,compare)
if(runLength < minRun){var force=remaining
if(force > minRun){force=minRun}
binaryInsertionSort(array,lo,lo+force,lo+runLength,compare)
runLength=force}
ts.pushRun(lo,runLength)
ts.mergeRuns()
remaining-=runLength
lo+=runLength}while(remaining !==0)
ts.forceMergeRuns()}
function tim_sort_safe(array,compare){
try{
tim_sort(array,compare,0,array.length)}catch(e){if(e.name==TIM_SORT_ASSERTION){array.sort(compare)}else{
throw e}}}
$B.$TimSort=tim_sort_safe
$B.$AlphabeticalCompare=alphabeticalCompare})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
$B.del_exc=function(frame){delete frame.$current_exception}
$B.set_exc=function(exc,frame){exc.__traceback__=exc.__traceback__===_b_.None ? make_tb():exc.__traceback__
if(exc.ob_type===undefined){}
exc.ob_type=exc.ob_type ?? _b_.JavascriptError
exc.suppress_context=exc.suppress_context ?? false
exc.args=exc.args ??[exc.message]
if(frame===undefined){var msg='Internal error: no frame for exception '+_b_.repr(exc)
console.error(['Traceback (most recent call last):',$B.print_stack(exc.$frame_obj),msg].join('\n'))
if($B.get_option('debug',exc)> 1){console.log(exc.args)
console.log(exc.stack)}
throw Error(msg)}else{
frame.$current_exception=$B.exception(exc)}}
$B.set_exc_and_trace=function(frame,exc){$B.set_exc(exc,frame)
if((! exc.$in_trace_func)&& frame.$f_trace !==_b_.None){frame.$f_trace=$B.trace_exception()}}
$B.set_exc_and_leave=function(frame,exc){$B.set_exc_and_trace(frame,exc)
$B.leave_frame()
throw exc}
$B.get_exc=function(){var frame=$B.frame_obj.frame
return frame.$current_exception}
$B.set_exception_offsets=function(exc,position){
exc.$positions=exc.$positions ||{}
exc.$positions[$B.frame_obj.count-1]=position
return exc}
$B.$raise=function(arg,cause){
var active_exc=$B.get_exc()
if(arg===undefined){if(active_exc !==undefined){throw active_exc}
$B.RAISE(_b_.RuntimeError,"No active exception to reraise")}else{
if($B.$isinstance(arg,_b_.BaseException)){if($B.is_exc(arg,_b_.StopIteration)&&
$B.frame_obj.frame.$is_generator){
arg=$B.EXC(_b_.RuntimeError,"generator raised StopIteration")}
arg.__context__=active_exc===undefined ? _b_.None :active_exc
arg.__cause__=cause ||_b_.None
arg.suppress_context=cause !==undefined
throw arg}else if($B.is_type(arg)&& _b_.issubclass(arg,_b_.BaseException)){if(arg===_b_.StopIteration){if($B.frame_obj.frame[1].$is_generator){
$B.RAISE(_b_.RuntimeError,"generator raised StopIteration")}}
var exc=$B.$call(arg)
exc.__context__=active_exc===undefined ? _b_.None :active_exc
exc.__cause__=cause ||_b_.None
exc.suppress_context=cause !==undefined
throw exc}else{
$B.RAISE(_b_.TypeError,"exceptions must derive from BaseException")}}}
$B.print_stack=function(frame_obj){
var stack=make_frames_stack(frame_obj ||$B.frame_obj)
var trace=[]
for(var frame of stack){var lineno=frame.$lineno,filename=frame.__file__
if(lineno !==undefined){var local=frame[0]==frame[2]? "<module>" :frame[0]
trace.push(`  File "${filename}" line ${lineno}, in ${local}`)
var src=$B.file_cache[filename]
if(src){var lines=src.split("\n"),line=lines[lineno-1]
trace.push("    "+line.trim())}}}
return trace.join("\n")}
$B.count_frames=function(frame_obj){frame_obj=frame_obj ||$B.frame_obj
return frame_obj==null ? 0 :frame_obj.count}
$B.get_frame_at=function(pos,frame_obj){frame_obj=frame_obj ||$B.frame_obj
var nb=frame_obj.count-pos-1
for(var i=0;i < nb;i++){if(frame_obj.prev===null){break}
frame_obj=frame_obj.prev}
return frame_obj.frame}
function make_frames_list(){var t=[]
var frame_obj=$B.frame_obj
while(frame_obj){t.push(frame_obj.frame)
frame_obj=frame_obj.prev}
return t}
var make_tb=$B.make_tb=function(frames_list){frames_list=frames_list ?? make_frames_list()
if(frames_list.length==0){return _b_.None}
var _frame=frames_list.pop()
var res={ob_type:traceback,tb_frame:_frame,tb_lineno:_frame.$lineno,tb_lasti:_frame.inum ??-1,tb_next:make_tb(frames_list)}
return res}
var traceback=$B.traceback
traceback.$factory=function(exc){return make_tb()}
$B.traceback.tp_new=function(cls,args,kw){return make_tb()}
var traceback_funcs=$B.traceback.tp_funcs={}
traceback_funcs.__dir__=function(self){return $B.$list(['tb_frame','tb_next','tb_lasti','tb_lineno'])}
traceback_funcs.tb_lineno_get=function(self){return self.tb_lineno}
traceback_funcs.tb_lineno_set=_b_.None
traceback_funcs.tb_next_get=function(self){return self.tb_next ?? _b_.None}
traceback_funcs.tb_next_set=function(self,value){if(value===$B.NULL){$B.RAISE(_b_.TypeError,"can't delete tb_next attribute")}
if(value==_b_.None){value=self.tb_next=value
return}else if(! $B.exact_type(value,$B.traceback)){$B.RAISE(_b_.TypeError,`expected traceback object, got '$B.class_name(value)'`)}
var cursor=value
while(cursor !==_b_.None){if(cursor===self){$B.RAISE(_b_.ValueError,"traceback loop detected")}
cursor=cursor.tb_next}
self.tb_next=value}
$B.traceback.tp_methods=["__dir__"]
$B.traceback.tp_members=[["tb_frame",$B.TYPES.OBJECT,"tb_frame",1],["tb_lasti",$B.TYPES.INT,"tb_lasti",1]
]
$B.traceback.tp_getset=["tb_next","tb_lineno"]
$B.set_func_names(traceback,"builtins")
var frame=$B.frame
$B.frame.tp_repr=function(self){return '<frame object, file '+self.__file__+
', line '+self.$lineno+', code '+
frame.tp_funcs.f_code_get(self).co_name+'>'}
var frame_funcs=$B.frame.tp_funcs={}
frame_funcs.__sizeof__=function(self){}
frame_funcs.clear=function(self){}
frame_funcs.f_back_get=function(self){
var frame_obj=$B.frame_obj
while(frame_obj !==null){if(frame_obj.frame===self){break}
frame_obj=frame_obj.prev}
if(frame_obj.prev !==null){return frame_obj.prev.frame}
return _b_.None}
frame_funcs.f_back_set=_b_.None
frame_funcs.f_builtins_get=function(self){if(self[3].hasOwnProperty('__builtins__')){return $B.get_dict(self[3].__builtins__)}
return $B.obj_dict(_b_)}
frame_funcs.f_builtins_set=_b_.None
frame_funcs.f_code_get=function(self){var res
var positions=[[0,0,0,0]]
if(self[4]){res=$B.$getattr(self[4],'__code__')
positions=self.positions ?? positions}else if(self.f_code){
res=self.f_code}else{
var infos={co_name:(self[0]==self[2]? '<module>' :self[0]),co_filename:self.__file__,co_varnames:$B.fast_tuple([]),co_firstlineno:1}
infos.co_qualname=infos.co_name 
res={ob_type:$B.code}
$B.init_dict(res)
for(var attr in infos){res[attr]=infos[attr]}
positions=self.positions ?? positions}
res.ob_type=$B.code
positions=positions.map($B.decode_position)
var co_positions=()=> $B.$list(positions)
co_positions.ob_type=$B.function
res.co_positions=co_positions
return res}
frame_funcs.f_code_set=_b_.None
frame_funcs.f_generator_get=function(self){}
frame_funcs.f_generator_set=_b_.None
frame_funcs.f_globals_get=function(self){if(self.f_globals){return self.f_globals}else if(self.f_locals && self[1]==self[3]){return self.f_globals=self.f_locals}else{
return self.f_globals=$B.obj_dict(self[3])}}
frame_funcs.f_globals_set=_b_.None
frame_funcs.f_lasti_get=function(self){return 0}
frame_funcs.f_lasti_set=_b_.None
frame_funcs.f_lineno_get=function(self){return self.$lineno}
frame_funcs.f_lineno_set=function(self,value){$B.RAISE(_b_.ValueError,'f_lineno can only be set in a trace function')}
frame_funcs.f_locals_get=function(self){
if(self.f_locals){return self.f_locals}else if(self.f_globals && self[1]==self[3]){return self.f_locals=self.f_globals}else{
return self.f_locals=$B.obj_dict(self[1])}}
frame_funcs.f_locals_set=_b_.None
frame_funcs.f_trace_get=function(self){return self.$f_trace}
frame_funcs.f_trace_opcodes_get=function(self){}
frame_funcs.f_trace_opcodes_set=_b_.None
frame_funcs.f_trace_set=function(self,value){self.$f_trace=value}
$B.frame.tp_methods=["clear","__sizeof__"]
$B.frame.tp_members=[["f_trace_lines",$B.TYPES.BOOL,"f_trace_lines",0]
]
$B.frame.tp_getset=["f_back","f_locals","f_lineno","f_trace","f_lasti","f_globals","f_builtins","f_code","f_trace_opcodes","f_generator"
]
$B.set_func_names(frame,"builtins")
$B._frame=frame 
$B.make_f_code=function(frame,varnames){
frame.f_code={ob_type:$B.code}
$B.init_dict(frame.f_code)
Object.assign(frame.f_code,{co_argcount:1,co_firstlineno:frame.$lineno,co_name:"<genexpr>",co_filename:frame.__file__,co_flags:115,co_freevars:$B.fast_tuple([]),co_kwonlyargcount:0,co_posonlyargount:0,co_qualname:"genexpr",co_varnames:$B.fast_tuple(['.0'].concat(varnames))}
)}
$B.restore_frame_obj=function(frame_obj,locals){$B.frame_obj=frame_obj
$B.frame_obj.frame[1]=locals}
var make_frames_stack=$B.make_frames_stack=function(frame_obj){var stack=[]
while(frame_obj !==null){stack[stack.length]=frame_obj.frame
frame_obj=frame_obj.prev}
stack.reverse()
return stack}
$B.exception=function(js_exc){
var exc
var klass=$B.get_class(js_exc)
if(klass===$B.JSObject){if(js_exc.$py_exc){
return js_exc.$py_exc}
if(true){
console.log('Javascript error',js_exc)
console.log(js_exc.stack)}
var msg=js_exc.name+': '+js_exc.message
exc=$B.EXC(_b_.JavascriptError,msg)
exc.$js_exc=js_exc
if($B.is_recursion_error(js_exc)){msg="maximum recursion depth exceeded"
exc=$B.EXC(_b_.RecursionError,msg)}
exc.__cause__=_b_.None
exc.__context__=_b_.None
exc.suppress_context=false
exc.__traceback__=traceback.$factory(js_exc)
exc.args=_b_.tuple.$factory([msg])
exc.$py_error=true
js_exc.$py_exc=exc}else{
exc=js_exc}
exc.__traceback__=exc.__traceback__ ?? traceback.$factory(exc)
return exc}
$B.is_exc=function(exc,exc_list){
if($B.get_class(exc)===undefined){exc=$B.exception(exc)}
if(! Array.isArray(exc_list)){exc_list=[exc_list]}
var this_exc_class=$B.is_type(exc)? exc :$B.get_class(exc)
for(var i=0;i < exc_list.length;i++){var exc_class=exc_list[i]
if(this_exc_class===undefined){console.log("exc class undefined",exc)}
if(_b_.issubclass(this_exc_class,exc_class)){return true}}
return false}
$B.is_recursion_error=function(js_exc){
console.log('js exc',js_exc)
var msg=js_exc+"",parts=msg.split(":")
if(parts.length==1){return false}
var err_type=parts[0].trim(),err_msg=parts[1].trim()
return(err_type=='InternalError' && err_msg=='too much recursion')||
(err_type=='Error' && err_msg=='Out of stack space')||
(err_type=='RangeError' && err_msg=='Maximum call stack size exceeded')}
$B.RAISE=function(error_type,message){throw $B.$call(error_type,message ?? '')}
$B.RAISE_IF_NOT=function(exc,exc_type){if(! $B.$isinstance(exc,exc_type)){throw exc}}
$B.RAISE_ATTRIBUTE_ERROR=function(message,obj,name){var exc=$B.EXC(_b_.AttributeError,message)
exc.obj=obj
exc.name=name
throw exc}
$B.EXC=function(error_type,message){return $B.$call(error_type,message)}
function make_builtin_exception(exc_name,base,set_value){
if(Array.isArray(exc_name)){for(var name of exc_name){make_builtin_exception(name,base,set_value)}
return}
var exc_class=$B.make_builtin_class(exc_name,[base])
$B.set_func_names(exc_class,'builtins')}
function check_no_keywords(obj,kw){if(_b_.len(kw)){$B.RAISE(_b_.TypeError,`${$B.class_name(obj)}() takes no keyword arguments`)}}
_b_.BaseException.tp_repr=function(self){var args=''
if(self.args.length > 0 && self.args[0]!==_b_.None){args=_b_.repr(self.args[0])}
var qualname=$B.$getattr($B.get_class(self),'__qualname__')
return `${qualname}(${args})`}
_b_.BaseException.tp_str=function(self){if(self.args.length > 0 && self.args[0]!==_b_.None){return _b_.str.$factory(self.args[0])}
return ''}
_b_.BaseException.tp_init=function(self,...args){var $=$B.args('__init__',1,{self:null},arguments,null,'args','kw')
check_no_keywords($.self,$.kw)
self.args=$B.fast_tuple(args)}
_b_.BaseException.tp_new=function(cls,args,kw){var res={ob_type:cls,args:$B.fast_tuple(args),notes:_b_.None,__traceback__:_b_.None,__cause__:_b_.None,__context__:_b_.None,suppress_context:false}
$B.init_dict(res)
return res}
var BaseException_funcs=_b_.BaseException.tp_funcs={}
BaseException_funcs.__cause___get=function(self){return self.__cause__ ?? _b_.None}
BaseException_funcs.__cause___set=function(self,value){if(value===$B.NULL){$B.RAISE(_b_.TypeError,"__cause__ may not be deleted")}else if(value===_b_.None){delete self.__cause__}else if(! $B.$isinstance(value,_b_.BaseException)){$B.RAISE(_b_.TypeError,"exception cause must be None or derive from BaseException"
)}else{
self.__cause__=value}}
BaseException_funcs.__context___get=function(self){return self.__context__ ?? _b_.None}
BaseException_funcs.__context___set=function(self,value){if(value===$B.NULL){$B.RAISE(_b_.TypeError,"__context__ may not be deleted")}else if(value===_b_.None){delete self.__context__}else if(! $B.$isinstance(value,_b_.BaseException)){$B.RAISE(_b_.TypeError,"exception context must be None or derive from BaseException"
)}else{
self.__context__=value}}
BaseException_funcs.__dict___get=function(self){return $B.get_dict(self)}
BaseException_funcs.__dict___set=function(self,value){$B.set_dict(self,value)}
BaseException_funcs.__reduce__=function(self){var dict=$B.get_dict(self)
if(self.args && dict && ! $B.str_dict_empty(dict)){return $B.fast_tuple([$B.get_class(self),$B.fast_tuple(self.args),dict])}else{
return $B.fast_tuple([$B.get_class(self),$B.fast_tuple(self.args)])}}
BaseException_funcs.__setstate__=function(self,state){if(state !=_b_.None){if(! $B.is_dict(state)){$B.RAISE(_b_.TypeError,"state is not a dictionary")}
for(var entry of _b_.dict.$iter_items(state)){_b_.object.tp_setattro(self,entry.key,entry.value)}}
return _b_.None}
BaseException_funcs.__traceback___get=function(self){return self.__traceback__ ?? _b_.None}
BaseException_funcs.__traceback___set=function(self,value){if(value===$B.NULL){$B.RAISE(_b_.TypeError,"__traceback__ may not be deleted")}
if($B.exact_type(value,$B.traceback)){self.__traceback__=value}else if(value===_b_.None){delete self.__traceback__}else{
$B.RAISE(_b_.TypeError,"__traceback__ must be a traceback or None")}}
BaseException_funcs.add_note=function(self,note){
if(! $B.is_str(note)){$B.RAISE(_b_.TypeError,'note must be a str, not '+
`'${$B.class_name(note)}'`)}
var notes=$B.get_from_dict(self,'__notes__',$B.NULL)
if(notes !==$B.NULL){notes.push(note)}else{
$B.set_to_dict(self,'__notes__',$B.$list([note]))}}
BaseException_funcs.args_get=function(self){return self.args}
BaseException_funcs.args_set=function(self,value){if(value===$B.NULL){$B.RAISE(_b_.TypeError,"args may not be deleted")}
self.args=$B.fast_tuple(value)}
BaseException_funcs.with_traceback=function(self,tb){self.__traceback__=tb
return self}
_b_.BaseException.functions_or_methods=["__new__"]
_b_.BaseException.tp_methods=["__reduce__","__setstate__","with_traceback","add_note"
]
_b_.BaseException.tp_members=[["__suppress_context__",$B.TYPES.BOOL,"suppress_context",0]
]
_b_.BaseException.tp_getset=["__dict__","args","__traceback__","__context__","__cause__"
]
$B.set_func_names(_b_.BaseException,'builtins')
_b_.StopIteration.tp_init=function(self){var $=$B.args("StopIteration",1,{self:null},arguments,null,'args','kw')
var self=$.self,args=$.args,kw=$.kw
check_no_keywords(self,kw)
_b_.BaseException.tp_init(self,...args)
self.value=args.length > 0 ? args[0]:_b_.None}
var StopIteration_funcs=_b_.StopIteration.tp_funcs={}
_b_.StopIteration.tp_members=[["value",$B.TYPES.OBJECT,"value",0]
]
$B.set_func_names(_b_.StopIteration,'builtins')
_b_.ImportError.tp_init=function(){var $=$B.args("ImportError",1,{self:null},arguments,null,'args','kw')
_b_.BaseException.tp_init($.self,...$.args)
$.self.msg=$.args.length==1 ? $.args[0]:_b_.None
set_exception_members($.self,['name','path','name_from'],$.kw)}
_b_.ImportError.tp_members=[["msg",$B.TYPES.OBJECT,"msg",0],["name",$B.TYPES.OBJECT,"name",0],["path",$B.TYPES.OBJECT,"path",0],["name_from",$B.TYPES.OBJECT,"name_from",0]
]
$B.set_func_names(_b_.ImportError,'builtins')
_b_.SyntaxError.tp_init=function(){var $=$B.args('SyntaxError',1,{self:null},arguments,null,'args','kw')
var _self=$.self,args=$.args,kw=$.kw
check_no_keywords(_self,kw)
_self.msg=args[0]?? _b_.None
_self.args=$B.fast_tuple(Array.from(args))
var details=[]
if(args.length > 1){details=args[1]
if(details.length > 0){details=_b_.tuple.$factory(details)
if(details.length < 4){$B.RAISE(_b_.TypeError,`function takes at least 4 arguments (${args.length} given)`)}
if(details.length > 6){$B.RAISE(_b_.TypeError,`function takes at most 6 arguments (${args.length} given)`)}}}
let attrs=['filename','lineno','offset','text','end_lineno','end_offset'],expected_types=[_b_.str,_b_.int,_b_.int,_b_.str,_b_.int,_b_.int]
for(var i=0;i < attrs.length;i++){if(details[i]!==undefined){if(! $B.$isinstance(details[i],expected_types[i])){$B.RAISE(_b_.TypeError,`item #${i + 1} (${attrs[i]}) `+
`of the second argument of SyntaxError should be `+
`'${expected_types[i].__name__}', not `+
`'${$B.class_name(details[i])}'`)}
_self[attrs[i]]=details[i]}else{
_self[attrs[i]]=_b_.None}}}
_b_.SyntaxError.tp_members=[["msg",$B.TYPES.OBJECT,'msg',0],["filename",$B.TYPES.OBJECT,"filename",0],["lineno",$B.TYPES.OBJECT,"lineno",0],["offset",$B.TYPES.OBJECT,"offset",0],["text",$B.TYPES.OBJECT,"text",0],["end_lineno",$B.TYPES.OBJECT,"end_lineno",0],["end_offset",$B.TYPES.OBJECT,"end_offset",0],["print_file_and_line",$B.TYPES.OBJECT,"print_file_and_line",0],["_metadata",$B.TYPES.OBJECT,"metadata",0]
]
$B.set_func_names(_b_.SyntaxError,'builtins')
_b_.EnvironmentError=_b_.OSError
_b_.WindowsError=_b_.OSError
_b_.IOError=_b_.OSError
_b_.KeyError.tp_str=function(self){if(self.args.length==1){return _b_.repr(self.args[0])}
return _b_.BaseException.tp_repr(self)}
$B.set_func_names(_b_.KeyError,'builtins')
$B.set_expected_kwargs=function(obj,expected,kwargs){for(var item of _b_.dict.$iter_items(kwargs)){if(expected.includes(item.key)){obj[item.key]=item.value}else{
var msg=`${$B.class_name(obj)}()  got an unexpected `+
`keyword argument '${item.key}'`
var suggestions=calculate_suggestions(expected,item.key)
if(suggestions){msg+=`. Did you mean '${suggestions}'?`}
$B.RAISE(_b_.TypeError,msg)}}}
function set_exception_members(obj,expected,kwargs){for(var name of expected){obj[name]=_b_.None}
$B.set_expected_kwargs(obj,expected,kwargs)}
_b_.AttributeError.tp_init=function(){var $=$B.args("AttributeError",1,{self:null},arguments,null,'args','kw')
_b_.BaseException.tp_init($.self,...$.args)
set_exception_members($.self,['name','obj'],$.kw)}
_b_.AttributeError.tp_repr=function(self){return self.args[0]}
_b_.AttributeError.tp_members=[["name",$B.TYPES.OBJECT,"name",0],["obj",$B.TYPES.OBJECT,"obj",0]
]
$B.set_func_names(_b_.AttributeError,'builtins')
$B.attr_error=function(name,obj){var msg
if($B.is_type(obj)){msg=`type object '${obj.tp_name}'`}else if($B.exact_type(obj,$B.module)){msg=`module '${$B.module_getattr(obj, '__name__')}'`}else{
msg=`'${$B.class_name(obj)}' object`}
msg+=` has no attribute '${name}'`
return $B.$call(_b_.AttributeError,msg,[],{$kw:[{name,obj}]})}
_b_.NameError.tp_init=function(){var $=$B.args('__init__',1,{self:null},arguments,null,'args','kw')
_b_.BaseException.tp_init($.self,...$.args)
set_exception_members($.self,['name'],$.kw)}
var NameError_funcs=_b_.NameError.tp_funcs={}
_b_.NameError.tp_members=[["name",$B.TYPES.OBJECT,"name",0]
]
$B.set_func_names(_b_.NameError,'builtins')
_b_.UnboundLocalError.tp_repr=function(self){return self.args[0]}
$B.set_func_names(_b_.UnboundLocalError,'builtins')
_b_.IndexError.tp_new=function(cls,args,kw){return _b_.BaseException.tp_new(cls,args,kw)}
var IndexError_funcs=_b_.IndexError.tp_funcs={}
const unicode_error_members=[["encoding",$B.TYPES.OBJECT,"encoding",0],["object",$B.TYPES.OBJECT,"object",0],["start",$B.TYPES.OBJECT,"start",0],["end",$B.TYPES.OBJECT,"end",0],["reason",$B.TYPES.OBJECT,"reason",0]
]
_b_.UnicodeDecodeError.tp_str=function(self){let len=_b_.bytes.mp_length(self.object);
let start=self.start
let end=self.end
let result
if((start >=0 && start < len)&&
(end >=0 && end <=len)&&
end==start+1){let badbyte=_b_.bytes.mp_subscript(self.object,start)& 0xff
let b=badbyte.toString(16)
b='0'.repeat(2-b.length)+b
result=`'${self.encoding}' codec can't decode byte 0x${b}`+
` in position ${start}: ${self.reason}`}else{
result=`'${self.encoding}' codec can't decode bytes `+
`in position ${start}-${end}: ${self.reason}`}
return result}
_b_.UnicodeDecodeError.tp_init=function(self){let[args,kw]=$B.parse_args_kw('UnicodeDecodeError',arguments)
if(_b_.dict.mp_length(kw)> 0){$B.RAISE(_b_.TypeError,'UnicodeDecodeError() takes no keyword arguments'
)}
$B.parse_tuple(args,1,'UOnnU')
let[_,encoding,object,start,end,reason]=args
self.encoding=encoding
if(! $B.is_bytes(object)){let buf=$B.$call($B.$getattr(object,'__buffer__',$B.NULL))
object=buf.obj}
self.object=object
self.start=start
self.end=end
self.reason=reason}
_b_.UnicodeDecodeError.tp_new=function(cls,args,kw){let obj={ob_type:cls}
$B.init_dict(obj)
return obj}
_b_.UnicodeDecodeError.tp_members=unicode_error_members
_b_.UnicodeEncodeError.tp_str=function(self){let obj=self.object
let char
let pos
if(self.end-self.start==1){let c=_b_.str.mp_subscript(obj,self.start)
let cp=_b_.ord(c)
let s=cp.toString(16)
if(cp < 0xff){s='0'.repeat(2-s.length)+s}else if(cp < 0xffff){s='0'.repeat(4-s.length)+s}else{
s='0'.repeat(8-s.length)+s}
char=`character '\\x${s}'`
pos=self.start}else{
char=`characters`
pos=`${self.start}-${self.end - 1}`}
return `'${self.encoding}' codec can't encode `+
`${char} in position ${pos}: ${self.reason}`}
_b_.UnicodeEncodeError.tp_init=function(self){let[args,kw]=$B.parse_args_kw('UnicodeEncodeError',arguments)
if(_b_.dict.mp_length(kw)> 0){$B.RAISE(_b_.TypeError,'UnicodeEncodeError() takes no keyword arguments'
)}
$B.parse_tuple(args,1,'UUnnU')
let[_,encoding,object,start,end,reason]=args
self.encoding=encoding
self.object=object
self.start=start
self.end=end
self.reason=reason}
_b_.UnicodeEncodeError.tp_new=function(cls,args,kw){let obj={ob_type:cls}
$B.init_dict(obj)
return obj}
_b_.UnicodeEncodeError.tp_members=unicode_error_members
_b_.UnicodeTranslateError.tp_str=function(self){let obj=self.object
let char
let pos
if(self.end-self.start==1){let c=_b_.str.mp_subscript(obj,self.start)
let cp=_b_.ord(c)
let s=cp.toString(16)
if(cp < 0xff){s='0'.repeat(2-s.length)+s}else if(cp < 0xffff){s='0'.repeat(4-s.length)+s}else{
s='0'.repeat(8-s.length)+s}
char=`character '\\x${s}'`
pos=self.start}else{
char=`characters`
pos=`${self.start}-${self.end - 1}`}
return `'${self.encoding}' codec can't translate `+
`${char} in position ${pos}: ${self.reason}`}
_b_.UnicodeTranslateError.tp_init=function(self){let[args,kw]=$B.parse_args_kw('UnicodeTranslateError',arguments)
if(_b_.dict.mp_length(kw)> 0){$B.RAISE(_b_.TypeError,'UnicodeTranslateError() takes no keyword arguments'
)}
$B.parse_tuple(args,1,"UnnU")
let[_,encoding,object,start,end,reason]=args
self.encoding=encoding
self.object=object
self.start=start
self.end=end
self.reason=reason}
_b_.UnicodeTranslateError.tp_new=function(cls,args,kw){let obj={ob_type:cls}
$B.init_dict(obj)
return obj}
_b_.UnicodeTranslateError.tp_members=unicode_error_members
$B.name_error=function(name){var exc=$B.$call(_b_.NameError,`name '${name}' is not defined`)
exc.name=name
return exc}
$B.recursion_error=function(frame){var exc=$B.$call(_b_.RecursionError,"maximum recursion depth exceeded")
$B.set_exc(exc,frame)
return exc}
function calculate_suggestions(list,name){return $B.module_getattr($B.imported._suggestions,'_generate_suggestions')(list,name)}
$B.offer_suggestions_for_attribute_error=function(exc){var name=exc.name,obj=exc.obj
if(name===_b_.None ||name===undefined ||
obj===_b_.None ||obj===undefined){return _b_.None}
try{
var dir=_b_.dir(obj)}catch(err){console.log('error in dir, attribute error',name,obj)
console.log(err)
throw err}
var suggestions=calculate_suggestions(dir,name)
return suggestions ||_b_.None}
$B.offer_suggestions_for_name_error=function(exc,frame){var name=exc.name
if(typeof name !='string'){return _b_.None}
var tb=exc.__traceback__
if(tb===undefined ||tb===_b_.None){return _b_.None}
while(tb.tb_next !==_b_.None){tb=tb.tb_next}
var frame=tb.tb_frame
var locals=Object.keys(frame[1]).filter(x=> !(x.startsWith('$')))
var suggestion=calculate_suggestions(locals,name)
if(suggestion){return suggestion}
if(frame[2]!=frame[0]){var globals=Object.keys(frame[3]).filter(x=> !(x.startsWith('$')))
suggestion=calculate_suggestions(globals,name)
if(suggestion){return suggestion}}
if(frame[4]&& frame[4].$is_method){
console.log('frame',frame)
$B.check_infos(frame[4])
var instance_name=frame[4].$infos.__code__.co_varnames[0],instance=frame[1][instance_name]
if(_b_.hasattr(instance,name)){return `self.${name}`}}
return _b_.None}
$B.offer_suggestions_for_unexpected_keyword_error=function(arg_names,key){if(key===_b_.None){return _b_.None}
var suggestions=calculate_suggestions(arg_names,key)
return suggestions ||_b_.None}
$B.offer_suggestions_for_modulenotfound=function(name){var dir=Object.keys($B.imported)
if($B.stdlib){dir=dir.concat(Object.keys($B.stdlib))}
var suggestions=calculate_suggestions(dir,name)
return suggestions ||_b_.None}
_b_.BaseExceptionGroup.$factory=function(msg,excs){var res=_b_.BaseExceptionGroup.tp_new(
_b_.BaseExceptionGroup,[msg,$B.fast_tuple(excs)],$B.empty_dict()
)
return res}
_b_.BaseExceptionGroup.tp_str=function(self){return `${self.msg} (${self.excs.length} sub-exception`+
`${self.excs.length > 1 ? 's' : ''})`}
_b_.BaseExceptionGroup.tp_init=function(self,...args){$B.check_no_kw('__init__',arguments)
_b_.BaseException.tp_init(self,...args)}
_b_.BaseExceptionGroup.tp_new=function(cls,args,kw){var[message,exceptions]=$B.unpack_args('BaseExceptionGroup',args,['message','exceptions'],{})
if(! $B.is_sequence(exceptions)){$B.RAISE(_b_.TypeError,"second argument (exceptions) must be a sequence")}
exceptions=$B.fast_tuple(Array.from($B.make_js_iterator(exceptions)))
if(exceptions.length==0){$B.RAISE(_b_.ValueError,"second argument (exceptions) must be a non-empty sequence"
)}
var nested_base_exceptions=false
var i=0
for(let exc of exceptions){if(! $B.$isinstance(exc,_b_.BaseException)){$B.RAISE(_b_.ValueError,`Item ${i} of second argument (exceptions) is not an exception`
)}
if(! $B.$isinstance(exc,_b_.Exception)){nested_base_exceptions=true}
i++}
if(cls===_b_.ExceptionGroup){if(nested_base_exceptions){$B.RAISE(_b_.TypeError,"Cannot nest BaseExceptions in an ExceptionGroup"
)}}else if(cls===_b_.BaseExceptionGroup){if(! nested_base_exceptions){
cls=_b_.ExceptionGroup}}else{
if(nested_base_exceptions){if(_b_.issubclass(cls,_b_.Exception)){$B.RAISE(TypeError,"Cannot nest BaseExceptions in '$B.get_name(cls)'"
)}}}
var self=_b_.BaseException.tp_new.apply(null,arguments)
self.ob_type=cls
self.msg=message
self.excs=exceptions
return self}
var BaseExceptionGroup_funcs=_b_.BaseExceptionGroup.tp_funcs={}
BaseExceptionGroup_funcs.__class_getitem__=function(){return $B.$class_getitem.apply(null,arguments)}
BaseExceptionGroup_funcs.derive=function(self,excs){var init_args=$B.fast_tuple([self.msg,excs])
return $B.$call(_b_.BaseExceptionGroup,...init_args)}
BaseExceptionGroup_funcs.split=function(self,condition){
var matching_excs=[],non_matching_excs=[]
for(var exc of self.excs){if($B.$isinstance(exc,_b_.BaseExceptionGroup)){var subsplit=BaseExceptionGroup_funcs.split(exc,condition),matching=subsplit[0],non_matching=subsplit[1]
if(matching===_b_.None){non_matching_excs.push(exc)}else if(matching.excs.length==exc.excs.length){matching_excs.push(exc)}else{
if(matching.excs.length > 0){matching_excs=matching_excs.concat(matching)}
if(non_matching.excs.length > 0){non_matching_excs=non_matching_excs.concat(non_matching)}}}else if(condition(exc)){matching_excs.push(exc)}else{
non_matching_excs.push(exc)}}
if(matching_excs.length==0){matching_excs=_b_.None}
if(non_matching_excs.length==0){non_matching_excs=_b_.None}
var res=[]
for(var item of[matching_excs,non_matching_excs]){if(item===_b_.None){res.push(item)}else{
var eg=_b_.BaseExceptionGroup.tp_new(_b_.BaseExceptionGroup,[self.msg,$B.$list(item)])
eg.__cause__=self.__cause__
eg.__context__=self.__context__
eg.__traceback__=self.__traceback__
res.push(eg)}}
return $B.fast_tuple(res)}
BaseExceptionGroup_funcs.subgroup=function(self,condition){return BaseExceptionGroup_funcs.split(self,condition)[0]}
_b_.BaseExceptionGroup.classmethods=["__class_getitem__"]
_b_.BaseExceptionGroup.tp_methods=["derive","split","subgroup"]
_b_.BaseExceptionGroup.tp_members=[["message",$B.TYPES.OBJECT,"msg",1],["exceptions",$B.TYPES.OBJECT,"excs",1]
]
$B.set_func_names(_b_.BaseExceptionGroup,"builtins")
_b_.ExceptionGroup.$factoryXXX=function(){var missing={},$=$B.args("ExceptionGroup",2,{message:null,exceptions:null},arguments,{exceptions:missing})
var err=Error()
err.args=$B.fast_tuple(Array.from(arguments))
err.ob_type=_b_.ExceptionGroup
err.__traceback__=_b_.None
err.$py_error=true
err.message=$.message
err.exceptions=$.exceptions===missing ?[]:$.exceptions
if(err.exceptions !==_b_.None){var exc_list=_b_.list.$factory(err.exceptions)
for(var exc of exc_list){if(! $B.$isinstance(exc,_b_.Exception)){$B.RAISE(_b_.TypeError,'Cannot nest BaseExceptions in an ExceptionGroup')}}}
err.__cause__=_b_.None 
err.__context__=_b_.None 
err.suppress_context=false 
return err}
var ExceptionGroup_funcs=_b_.ExceptionGroup.tp_funcs={}
ExceptionGroup_funcs.__weakref___get=function(self){}
ExceptionGroup_funcs.__weakref___set=function(self){}
_b_.ExceptionGroup.tp_getset=["__weakref__"]
$B.set_func_names(_b_.ExceptionGroup,"builtins")
_b_.JavascriptError=$B.make_builtin_class('JavascriptError',[_b_.Exception])
function make_report(lines,positions){
var[lineno,end_lineno,col_offset,end_col_offset]=positions
lines=lines.slice(lineno-1,end_lineno)
var min_indent=get_min_indent(lines)
lines=lines.map(line=> '    '+line.substr(min_indent).trimRight())
if(lines.length > 3){lines=[lines[0],`    ...<${lines.length - 2} lines>...`,lines[lines.length-1]]}
return lines.join('\n')}
function make_trace_lines(lines,lineno,expr){
var line_start=expr.lineno+lineno-2
var line_end=expr.end_lineno+lineno-2
return make_report(lines,[line_start,line_end,expr.col_offset,expr.end_col_offset])}
function get_indent(line){return line.length-line.trimLeft().length}
function get_min_indent(lines){var min_indent=2**16
for(var line of lines){if(! line.trim()){continue}
var indent=get_indent(line)
if(indent < min_indent){min_indent=indent}}
return min_indent}
function fill_marks(lines,first_lineno,first_col_offset){
var args=Array.from(arguments).slice(3)
var start_lineno=first_lineno
var start_col_offset=first_col_offset
var marks=' '.repeat(first_col_offset)
var line
var indent
for(var i=0;i < args.length;i+=3){var[mark,lineno,col_offset]=args.slice(i,i+3)
if(lineno==start_lineno){marks+=mark.repeat(col_offset-start_col_offset)}else{
line=lines[start_lineno-1]
marks+=mark.repeat(line.length-start_col_offset)+'\n'
for(var lnum=start_lineno+1;lnum < lineno;lnum++){line=lines[lnum-1].trimRight()
indent=get_indent(line)
marks+=' '.repeat(indent)+mark.repeat(line.length-indent)+'\n'}
line=lines[lineno-1].trimRight()
indent=get_indent(line)
marks+=' '.repeat(indent)+mark.repeat(col_offset-indent)}
start_lineno=lineno
start_col_offset=col_offset}
var marks_lines=marks.split('\n')
var min_indent=get_min_indent(lines.slice(first_lineno-1,lineno))
var err_lines=[]
for(var lnum=0;lnum < marks_lines.length;lnum++){err_lines.push('    '+
lines[first_lineno+lnum-1].trimRight().substr(min_indent))
err_lines.push('    '+marks_lines[lnum].substr(min_indent))}
return err_lines.join('\n')}
function make_line_setter(lineno){
return function(coords){return{
lineno:coords.lineno+lineno-2,end_lineno:coords.end_lineno+lineno-2,col_offset:coords.col_offset,end_col_offset:coords.end_col_offset}}}
function handle_BinOp_error(lines,lineno,ast_obj,tokens){
var reset_lineno=make_line_setter(lineno)
var operator
for(var token of tokens){if(token.type==$B.py_tokens.OP){if(is_before(ast_obj.right,token.lineno,token.col_offset)
&& token.string !='('){operator=reset_lineno(token)}}}
var end_binop=reset_lineno(tokens[tokens.length-1])
var left=reset_lineno(ast_obj.left)
return fill_marks(lines,lineno,left.col_offset,'~',operator.lineno,operator.col_offset,'^',operator.end_lineno,operator.end_col_offset,'~',end_binop.end_lineno,end_binop.end_col_offset)}
function handle_Call_error(lines,lineno,ast_obj,tokens){
var reset_lineno=make_line_setter(lineno)
var opening_parenth
var closing_parenth
for(var token of tokens){if(token.type==$B.py_tokens.OP){if(token.string=='(' && ! opening_parenth &&
token.lineno==ast_obj.func.end_lineno &&
token.col_offset >=ast_obj.func.end_col_offset){opening_parenth=reset_lineno(token)}else if(token.string==')'){closing_parenth=reset_lineno(token)}}}
var func=reset_lineno(ast_obj.func)
return fill_marks(lines,lineno,func.col_offset,'~',opening_parenth.lineno,opening_parenth.col_offset,'^',closing_parenth.end_lineno,closing_parenth.end_col_offset)}
function handle_Expr_error(lines,positions){let[lineno,end_lineno,col_offset,end_col_offset]=positions
return fill_marks(lines,lineno,col_offset,'^',end_lineno,end_col_offset)}
function is_before(obj,lineno,col){
return lineno < obj.lineno ||
(lineno==obj.lineno && col < obj.col_offset)}
function handle_Subscript_error(lines,lineno,ast_obj,tokens){
var reset_lineno=make_line_setter(lineno)
for(var token of tokens){if(token.type==$B.py_tokens.OP){if(token.string=='[' &&
is_before(ast_obj.slice,token.lineno,token.col_offset)){var opening_bracket=reset_lineno(token)}else if(token.string==']'){var closing_bracket=reset_lineno(token)}}}
var value=reset_lineno(ast_obj.value)
return fill_marks(lines,lineno,value.col_offset,'~',opening_bracket.lineno,opening_bracket.col_offset,'^',closing_bracket.end_lineno,closing_bracket.end_col_offset)}
function trace_from_stack(err){function handle_repeats(src,count_repeats){if(count_repeats > 0){var len=trace.length
for(var i=0;i < 2;i++){if(src){trace.push(trace[len-2])
trace.push(trace[len-1])}else{
trace.push(trace[len-1])}
count_repeats--
if(count_repeats==0){break}}
if(count_repeats > 0){trace.push(`[Previous line repeated ${count_repeats} more`+
` time${count_repeats > 1 ? 's' : ''}]`)}}}
var trace=[],save_filename,save_lineno,save_scope,count_repeats=0,tb=err.__traceback__
var is_syntax_error=$B.is_exc(err,_b_.SyntaxError)
while(tb !==_b_.None){let frame=tb.tb_frame,lineno=tb.tb_lineno,filename=frame.__file__,scope=frame[0]==frame[2]? '<module>' :frame[0]
if(filename==save_filename && scope==save_scope && lineno==save_lineno){count_repeats++
tb=tb.tb_next
continue}
handle_repeats(src,count_repeats)
save_filename=filename
save_lineno=lineno
save_scope=scope
count_repeats=0
trace.push(`  File "${filename}", line ${lineno}, in `+
(frame[0]==frame[2]? '<module>' :frame[0]))
let test=frame[0]=='_get_module_lock' && lineno==168
var src=false
if(! filename.startsWith('<')){src=$B.file_cache[filename]}
if(src){var lines=src.split('\n')
var positions=false
if(! is_syntax_error && frame.inum && frame.positions){positions=$B.decode_position(
frame.positions[Math.floor(frame.inum/2)])
if(test){console.log('has inum',frame.inum,'positions',positions)}}
if(positions){let[lineno,end_lineno,col_offset,end_col_offset]=positions
if(test && ! $B.traceXXX){for(let x=lineno-20;x < lineno+10;x++){console.log(x,lines[x-1])}
$B.traceXXX=1}
if(lines[lineno-1]===undefined){console.log('no line, lines\n',lines,'lineno',lineno)
console.log('filename',filename,'src',src)
continue}
var head=lines[lineno-1].substr(0,col_offset)
var segment=' '.repeat(col_offset)
if(lineno==end_lineno){segment+=lines[lineno-1].substring(col_offset,end_col_offset)}else{
segment+=lines[lineno-1].substr(col_offset)+'\n'
for(var lnum=lineno+1;lnum < end_lineno;lnum++){segment+=lines[lnum-1]+'\n'}
segment+=lines[end_lineno-1].substr(0,end_col_offset)}
try{
let parser=new $B.Parser(`(\n${segment}\n)`,'test','file')
var ast=$B._PyPegen.run_parser(parser)
var tokens=parser.tokens
tokens=tokens.slice(1,tokens.length-3)}catch(err){
trace.push(make_report(lines,positions))
tb=tb.tb_next
continue}
if(!(ast instanceof $B.ast.Module)){console.log('not a module',ast)
continue}
var expr=ast.body[0]
var marks=''
switch(expr.constructor){case $B.ast.Expr:
try{
switch(expr.value.constructor){case $B.ast.BinOp:
trace.push(handle_BinOp_error(
lines,lineno,expr.value,tokens))
break
case $B.ast.Call:
trace.push(handle_Call_error(
lines,lineno,expr.value,tokens))
break
case $B.ast.Subscript:
trace.push(handle_Subscript_error(
lines,lineno,expr.value,tokens))
break
default:
trace.push(handle_Expr_error(
lines,positions))
break}}catch(err){if($B.get_option('debug')> 1){console.log('error in error handlers',err)}
trace.push(make_trace_lines(lines,lineno,expr))}
break
default:
trace.push(make_trace_lines(lines,lineno,expr))}}else{
trace.push('    '+lines[lineno-1].trim())}}else{
if($B.get_option('debug')> 1){console.log('no src for filename',filename)}}
tb=tb.tb_next}
if(count_repeats > 1){let len=trace.length
for(let i=0;i < 2;i++){if(src){trace.push(trace[len-2])
trace.push(trace[len-1])}else{
trace.push(trace[len-1])}}
trace.push(`[Previous line repeated ${count_repeats - 2} more times]`)}
return trace.join('\n')+'\n'}
var python_keywords
function _find_keyword_typos(err){
if(err.msg !="invalid syntax" && ! err.msg.includes("Perhaps you forgot a comma")){return}
let[line,offset,source]=err._metadata
let end_line=self.lineno===_b_.None ? 0 :self.lineno
let lines=source.split('\n')
var error_code
if(line > 0){error_code=[lines[line-1]]}else{
error_code=lines.slice(0,end_line)}
var indent=Math.min(...error_code.map(x=> x.length-x.trimLeft().length))
var error_code_lines=error_code.map(x=> x.substr(indent))
error_code=error_code_lines.join('\n')
if(error_code.length > 1024){return}
if(python_keywords===undefined){python_keywords=Object.keys($B.python_keywords)}
for(let token of $B.tokenizer(error_code,'<debug>','exec')){if(token.type==$B.py_tokens['NAME']){if(python_keywords.includes(token.string)){continue}
var suggestions=calculate_suggestions(python_keywords,token.string)
if(suggestions){console.log(token.lineno)
var new_line=token.line.substr(0,token.col_offset)+
suggestions+token.line.substr(token.end_col_offset)
var new_lines=error_code_lines.slice()
new_lines.splice(token.lineno-1,1,new_line)
var candidate=new_lines.join('\n')
var found=false
try{
var parser=new $B.Parser(candidate,'<debug>','file')
parser.flags=$B.PyCF_ALLOW_INCOMPLETE_INPUT
var _ast=$B._PyPegen.run_parser(parser)
found=true}catch(err){if($B.is_exc(err,_b_._IncompleteInputError)){found=true}}
if(found){err.args[1][2]=err.offset=token.col_offset
err.args[1][5]=err.end_offset=token.end_col_offset
err.args[0]=err.msg=`invalid syntax. Did you mean '${suggestions}'?`
return}}}}}
$B.error_trace=function(err){var trace='',has_stack=err.__traceback__ !==_b_.None
var debug=$B.get_option('debug',err)
if(debug > 1){console.log("handle error",$B.get_class(err),err.args,err.__traceback__)
console.log(Error().stack)}
if(has_stack){trace='Traceback (most recent call last):\n'}
if($B.is_exc(err,[_b_.SyntaxError,_b_.IndentationError])){trace+=trace_from_stack(err)
if(err.args.length > 0){var filename=err.filename,line=err.text
if(line !==_b_.None){var indent=line.length-line.trimLeft().length
trace+=`  File "${filename}", line ${err.args[1][1]}\n`+
`    ${line.trim()}\n`}}
if(! $B.is_exc(err,_b_.IndentationError)&&
err.text && err.text !==_b_.None){if(err._metadata){_find_keyword_typos(err)}
if($B.get_option('debug')> 2){console.log('debug from error',$B.get_option('debug',err))
console.log('error args',err.args[1])
console.log('err line',line)
console.log('indent',indent)}
var end_lineno=err.end_lineno===_b_.None ? err.lineno :err.end_lineno
var end_offset=err.end_offset===_b_.None ? err.offset :err.end_offset
var start=err.offset-indent-1,end_offset=end_offset-1+
(end_offset==err.offset ? 1 :0),marks='    '+' '.repeat(Math.max(0,start)),nb_marks=1
if(end_lineno > err.lineno){nb_marks=line.length-start-indent}else{
nb_marks=end_offset-start-indent}
if(nb_marks==0 &&
end_offset==line.substr(indent).length){nb_marks=1}
marks+='^'.repeat(nb_marks)+'\n'
trace+=marks}
trace+=`${$B.get_name($B.get_class(err))}: ${err.args[0] ?? '<no detail available>'}`}else if($B.get_class(err)!==$B.JSObj){var name=$B.$getattr($B.get_class(err),'__qualname__')
trace+=trace_from_stack(err)
var args_str=_b_.str.$factory(err)
trace+=name+(args_str ? ': '+args_str :'')
if($B.is_exc(err,_b_.NameError)){let suggestion=$B.offer_suggestions_for_name_error(err)
if(suggestion !==_b_.None && suggestion !==err.name){trace+=`. Did you mean: '${suggestion}'?`}
if($B.stdlib_module_names.indexOf(err.name)>-1){
trace+=`. Did you forget to import '${err.name}'?`}}else if($B.is_exc(err,_b_.AttributeError)){let suggestion=$B.offer_suggestions_for_attribute_error(err)
if(suggestion !==_b_.None){trace+=`. Did you mean '.${suggestion}' instead of '.${err.name}'?`}}else if($B.is_exc(err,_b_.ImportError)){if($B.exact_type(err,_b_.ModuleNotFoundError)){if(err.name){var suggestion=$B.offer_suggestions_for_modulenotfound(
err.name)
if(suggestion !==_b_.None){trace+=`. Did you mean: '${suggestion}'?`}}}}}else{
trace=err+""}
if(err.$js_exc){trace+='\n'
if($B.get_option('debug',err)> 1){trace+=err.$js_exc.stack}}
return trace}
$B.get_stderr=function(){return $B.imported.sys ?
$B.module_getattr($B.imported.sys,'stderr'):
$B.module_getattr($B.imported._sys,'stderr')}
$B.get_stdout=function(){return $B.imported.sys ?
$B.module_getattr($B.imported.sys,'stdout'):
$B.module_getattr($B.imported._sys,'stdout')}
$B.show_error=function(err){if($B.get_option('debug',err)> 2){console.debug(err.stack)}
var trace=$B.error_trace($B.exception(err))
try{
var stderr=$B.get_stderr()
$B.$call($B.$getattr(stderr,'write'),trace)
var flush=$B.$getattr(stderr,'flush',_b_.None)
if(flush !==_b_.None){$B.$call(flush)}}catch(print_exc_err){
console.log(print_exc_err)}}
$B.handle_error=function(err){
if($B.get_option('debug')> 2){console.log('handle error',err)
console.log('frame obj',$B.frame_obj)}
if(err.$handled){return}
err.$handled=true
$B.show_error(err)
throw err}})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins,None=_b_.None,range=_b_.range
range.$match_sequence_pattern=true 
range.$is_sequence=true
_b_.range[$B.FAST_ITER]=function(self,set_lineno,frame,lineno){
var start,step
if(self.$safe){start=self.start
step=self.step}else{
start=$B.to_bigint(self.start)
step=$B.to_bigint(self.step)}
var obj={ix:start}
if(step > 0){return{
[Symbol.iterator](){return this},next(){set_lineno(frame,lineno)
if(obj.ix >=self.stop){return{done:true,value:null}}
var value=obj.ix
obj.ix+=step
return{done:false,value:self.$safe ? value :_b_.int.$int_or_long(value)}}}}else{
return{
[Symbol.iterator](){return this},next(){set_lineno(frame,lineno)
if(obj.ix <=self.stop){return{done:true,value:null}}
var value=obj.ix
obj.ix+=step
return{done:false,value:self.$safe ? value :_b_.int.$int_or_long(value)}}}}}
function range_eq(self,other){if($B.$isinstance(other,range)){var len=range.mp_length(self)
if(! $B.rich_comp('__eq__',len,range.mp_length(other))){return false}
if(len==0){return true}
if(! $B.rich_comp('__eq__',self.start,other.start)){return false}
if(len==1){return true}
return $B.rich_comp('__eq__',self.step,other.step)}
return false}
function compute_item(r,i){var len=range.mp_length(r)
if(len==0){return r.start}else if(i > len){return r.stop}
return $B.rich_op('__add__',r.start,$B.rich_op('__mul__',r.step,i))}
$B.range_iterator.tp_iter=function(self){return self}
$B.range_iterator.tp_iternext=function*(self){if(self.safe){if(self.stop > self.start){while(self.it < self.stop){var res=self.it
self.it+=self.step
yield res}}else{
while(self.it > self.stop){var res=self.it
self.it+=self.step
yield res}}}else{
if(self.stop > self.start){while(self.it < self.stop){var res=_b_.int.$int_or_long(self.it)
self.it+=self.step
yield res}}else{
while(self.it > self.stop){var res=_b_.int.$int_or_long(self.it)
self.it+=self.step
yield res}}}}
var range_iterator_funcs=$B.range_iterator.tp_funcs={}
range_iterator_funcs.__length_hint__=function(self){return _b_.range.mp_length(self.obj)}
range_iterator_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.iter,$B.fast_tuple([self.obj]),_b_.None])}
range_iterator_funcs.__setstate__=function(self,value){self.it=self.start+value*self.step}
$B.range_iterator.tp_methods=["__length_hint__","__reduce__","__setstate__"]
$B.set_func_names($B.range_iterator,"builtins")
_b_.range.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,_b_.range)){return _b_.NotImplemented}
var res
switch(op){case '__eq__':
res=range_eq(self,other)
break
case '__ne__':
res=! range_eq(self,other)
break
default:
res=_b_.NotImplemented
break}
return res}
_b_.range.tp_repr=function(self){$B.builtins_repr_check(range,arguments)
var res="range("+_b_.str.$factory(self.start)+", "+
_b_.str.$factory(self.stop)
if(self.step !=1){res+=", "+_b_.str.$factory(self.step)}
return res+")"}
_b_.range.tp_hash=function(self){var len=range.mp_length(self)
if(len==0){return _b_.hash(_b_.tuple.$factory([0,None,None]))}
if(len==1){return _b_.hash(_b_.tuple.$factory([1,self.start,None]))}
return _b_.hash(_b_.tuple.$factory([len,self.start,self.step]))}
_b_.range.tp_iter=function(self){var start,stop,step
if(self.$safe){start=self.start
stop=self.stop
step=self.step}else{
start=$B.to_bigint(self.start)
stop=$B.to_bigint(self.stop)
step=$B.to_bigint(self.step)}
return{
ob_type:$B.range_iterator,start,stop,step,safe:self.$safe,it:start,obj:self}}
_b_.range.tp_new=function(cls,args,kw){var[start,stop,step]=args
var safe
if(stop===undefined && step===undefined){if(start==undefined){$B.RAISE(_b_.TypeError,"range expected 1 arguments, got 0")}
stop=$B.PyNumber_Index(start)
safe=typeof stop==="number"
return{ob_type:range,start:0,stop:stop,step:1,$is_range:true,$safe:safe}}
if(step===undefined){step=1}
start=$B.PyNumber_Index(start)
stop=$B.PyNumber_Index(stop)
step=$B.PyNumber_Index(step)
if(step==0){$B.RAISE(_b_.ValueError,"range arg 3 must not be zero")}
safe=(typeof start=="number" && typeof stop=="number" &&
typeof step=="number")
return{
ob_type:cls,start:start,stop:stop,step:step,$is_range:true,$safe:safe}}
_b_.range.nb_bool=function(self){return self.start !=self.end}
_b_.range.mp_length=function(self){var len,start=$B.to_bigint(self.start),stop=$B.to_bigint(self.stop),step=$B.to_bigint(self.step)
if(self.step > 0){if(self.start >=self.stop){return 0}
len=1n+(stop-start-1n)/step}else{
if(self.stop >=self.start){return 0}
len=1n+(start-stop-1n)/-step}
return _b_.int.$int_or_long(len)}
_b_.range.mp_subscript=function(self,rank){if($B.$isinstance(rank,_b_.slice)){var norm=_b_.slice.$conv_for_seq(rank,_b_.range.mp_length(self)),substep=$B.rich_op('__mul__',self.step,norm.step),substart=compute_item(self,norm.start),substop=compute_item(self,norm.stop)
return _b_.range.tp_new(_b_.range,[substart,substop,substep])}
try{
rank=$B.PyNumber_Index(rank)}catch(err){$B.RAISE(_b_.TypeError,"range indices must be integers "+
`or slices, not ${$B.class_name(rank)}`)}
if($B.rich_comp('__gt__',0,rank)){rank=$B.rich_op('__add__',rank,range.mp_length(self))}
var res=$B.rich_op('__add__',self.start,$B.rich_op('__mul__',rank,self.step))
if(($B.rich_comp('__gt__',self.step,0)&&
($B.rich_comp('__ge__',res,self.stop)||
$B.rich_comp('__gt__',self.start,res)))||
($B.rich_comp('__gt__',0,self.step)&&
($B.rich_comp('__ge__',self.stop,res)||
$B.rich_comp('__gt__',res,self.start)))){$B.RAISE(_b_.IndexError,"range object index out of range")}
return res}
_b_.range.sq_contains=function(self,other){if(range.mp_length(self)==0){return false}
try{
other=$B.int_or_bool(other)}catch(err){
try{
range.tp_funcs.index(self,other)
return true}catch(err){return false}}
var start=$B.to_bigint(self.start),stop=$B.to_bigint(self.stop),step=$B.to_bigint(self.step)
other=$B.to_bigint(other)
var sub=other-start,fl=sub/step,res=step*fl
if(res==sub){if(stop > start){return other >=start && stop > other}else{
return start >=other && other > stop}}else{
return false}}
var range_funcs=_b_.range.tp_funcs={}
range_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.range,$B.fast_tuple([self.start,self.stop,self.step])])}
range_funcs.__reversed__=function(self){var n=$B.rich_op('__sub__',range.mp_length(self),1)
var start=$B.rich_op('__add__',self.start,$B.rich_op('__mul__',n,self.step))
var stop=$B.rich_op('__sub__',self.start,self.step)
var step=$B.rich_op('__mul__',-1,self.step)
return $B.$call(range,start,stop,step)}
range_funcs.count=function(self,ob){if($B.$isinstance(ob,[_b_.int,_b_.float,_b_.bool])){return _b_.int.$factory(range.sq_contains(self,ob))}else{
var nb=0
for(var item of $B.range_iterator.tp_iternext(range.tp_iter(self))){if($B.rich_comp("__eq__",ob,item)){nb++}}
return nb}}
range_funcs.index=function(self){var $=$B.args("index",2,{self:null,other:null},arguments)
var self=$.self,other=$.other
try{
other=$B.int_or_bool(other)}catch(err){var nb=0
for(var item of $B.range_iterator.tp_iternext(range.tp_iter(self))){if($B.rich_comp("__eq__",other,item)){return nb}
nb++}
$B.RAISE(_b_.ValueError,_b_.str.$factory(other)+" not in range")}
var sub=$B.rich_op('__sub__',other,self.start),fl=$B.rich_op('__floordiv__',sub,self.step),res=$B.rich_op('__mul__',self.step,fl)
if($B.rich_comp('__eq__',res,sub)){if(($B.rich_comp('__gt__',self.stop,self.start)&&
$B.rich_comp('__ge__',other,self.start)&&
$B.rich_comp('__gt__',self.stop,other))||
($B.rich_comp('__ge__',self.start,self.stop)&&
$B.rich_comp('__ge__',self.start,other)
&& $B.rich_comp('__gt__',other,self.stop))){return fl}else{$B.RAISE(_b_.ValueError,_b_.str.$factory(other)+
' not in range')}}else{
$B.RAISE(_b_.ValueError,_b_.str.$factory(other)+
" not in range")}}
_b_.range.tp_methods=["__reversed__","__reduce__","count","index"]
_b_.range.tp_members=[["start",$B.TYPES.OBJECT_EX,"start",1],["stop",$B.TYPES.OBJECT_EX,"stop",1],["step",$B.TYPES.OBJECT_EX,"step",1]
]
$B.set_func_names(range,"builtins")
var slice=_b_.slice
function slice_eq(self,other){var conv1=conv_slice(self),conv2=conv_slice(other)
return conv1[0]==conv2[0]&&
conv1[1]==conv2[1]&&
conv1[2]==conv2[2]}
slice.tp_setattro=function(self,attr){$B.RAISE_ATTRIBUTE_ERROR("readonly attribute",self,attr)}
function conv_slice(self){var attrs=["start","stop","step"],res=[]
for(var i=0;i < attrs.length;i++){var val=self[attrs[i]]
if(val===_b_.None){res.push(val)}else{
try{
res.push($B.$call(_b_.int,val))}catch(err){$B.RAISE(_b_.TypeError,"slice indices must be "+
"integers or None or have an __index__ method")}}}
return res}
slice.$conv_for_seq=function(self,len){
var step=self.step===None ? 1 :$B.PyNumber_Index(self.step),step_is_neg=$B.rich_comp('__gt__',0,step),len_1=$B.rich_op('__sub__',len,1)
if(step==0){$B.RAISE(_b_.ValueError,'slice step cannot be zero')}
var start,stop
if(self.start===None){start=step_is_neg ? len_1 :0}else{
start=$B.$call(_b_.int,self.start)
if($B.rich_comp('__gt__',0,start)){start=$B.rich_op('__add__',start,len)
if($B.rich_comp('__gt__',0,start)){start=step_is_neg ?-1 :0}}
if($B.rich_comp('__ge__',start,len)){start=step < 0 ? len_1 :len}}
if(self.stop===None){stop=step_is_neg ?-1 :len}else{
stop=$B.PyNumber_Index(self.stop)
if($B.rich_comp('__gt__',0,stop)){stop=$B.rich_op('__add__',stop,len)
if($B.rich_comp('__gt__',0,stop)){stop=step_is_neg ?-1 :0}}
if($B.rich_comp('__ge__',stop,len)){stop=step_is_neg ? len_1 :len}}
return{start,stop,step}}
slice.$factory=function(start,stop,step){var[args,kw]=$B.parse_args_kw('slice',arguments)
var start,stop,step
if(_b_.dict.mp_length(kw)> 0){$B.RAISE(_b_.TypeError,'slice() takes no keyword arguments')}
switch(args.length){case 0:
$B.RAISE(_b_.TypeError,'slice expected at least 1 argument, got 0'
)
case 1:
start=_b_.None
stop=args[0]
step=_b_.None
break
case 2:
[start,stop]=args
step=_b_.None
break
case 3:
[start,stop,step]=args
break
default:
$B.RAISE(_b_.TypeError,`slice expected at most 3 arguments, got ${args.length}`
)}
return slice.$fast_slice(start,stop,step ?? $B.NULL)}
slice.$fast_slice=function(start,stop,step){if(stop===$B.NULL && step===$B.NULL){stop=start
start=_b_.None
step=_b_.None}else{
step=step===$B.NULL ? _b_.None :step}
var res={ob_type:slice,start:start,stop:stop,step:step}
conv_slice(res)
return res}
const _PyHASH_XXPRIME_1=11400714785074694791
const _PyHASH_XXPRIME_2=14029467366897019727
const _PyHASH_XXPRIME_5=2870177450012600261
const _PyHASH_XXROTATE=(x)=>((x << 31)|(x >> 33))
_b_.slice.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,_b_.slice)){return _b_.NotImplemented}
switch(op){case '__eq__':
return slice_eq(self,other)
case '__ne__':
return ! slice_eq(self,other)
default:
return _b_.NotImplemented}}
_b_.slice.tp_repr=function(self){$B.builtins_repr_check(slice,arguments)
return "slice("+_b_.str.$factory(self.start)+", "+
_b_.str.$factory(self.stop)+", "+_b_.str.$factory(self.step)+")"}
_b_.slice.tp_hash=function(self){var acc=_PyHASH_XXPRIME_5
function _PyHASH_SLICE_PART(v){var lane=_b_.hash(v)
if(lane==-1){return-1}
acc+=lane*_PyHASH_XXPRIME_2
acc=_PyHASH_XXROTATE(acc)
acc*=_PyHASH_XXPRIME_1}
_PyHASH_SLICE_PART(self.start)
_PyHASH_SLICE_PART(self.stop)
_PyHASH_SLICE_PART(self.step)
if(acc==-1){return 1546275796}
return acc}
_b_.slice.tp_new=function(cls,args,kw){var[start,stop,step]=$B.unpack_args('slice',args,['start','stop','step'],{stop:$B.NULL,step:$B.NULL})
var res=slice.$fast_slice(start,stop,step)
res.ob_type=cls
return res}
var slice_funcs=_b_.slice.tp_funcs={}
slice_funcs.__reduce__=function(self){return $B.fast_tuple([$B.get_class(self),$B.fast_tuple([self.start,self.stop,self.step])])}
slice_funcs.indices=function(){
var $=$B.args("indices",2,{self:null,length:null},arguments)
var self=$.self,length=$.length
var len=$B.PyNumber_Index(length)
if(len < 0){$B.RAISE(_b_.ValueError,"length should not be negative")}
var _step=(self.step==_b_.None)? 1 :self.step,_start,_stop
if(_step < 0){_start=self.start
_stop=self.stop
_start=(_start==_b_.None)? len-1 :
(_start < 0)? _b_.max(-1,_start+len):_b_.min(len-1,self.start)
_stop=(self.stop==_b_.None)?-1 :
(_stop < 0)? _b_.max(-1,_stop+len):_b_.min(len-1,self.stop)}else{
_start=(self.start==_b_.None)? 0 :_b_.min(len,self.start)
_stop=(self.stop==_b_.None)? len :_b_.min(len,self.stop)
if(_start < 0){_start=_b_.max(0,_start+len)}
if(_stop < 0){_stop=_b_.max(0,_stop+len)}}
return _b_.tuple.$factory([_start,_stop,_step])}
_b_.slice.tp_methods=["indices","__reduce__"]
_b_.slice.tp_members=[["start",$B.TYPES.OBJECT,"start",1],["stop",$B.TYPES.OBJECT,"stop",1],["step",$B.TYPES.OBJECT,"step",1]
]
$B.set_func_names(slice,"builtins")})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
var from_unicode={},to_unicode={}
function bytes_value(obj){return $B.get_class(obj)===bytes ? obj :fast_bytes(obj.source)}
$B.to_bytes=function(obj){var res
if($B.$isinstance(obj,[bytes,bytearray])){res=obj.source}else{
var ga=$B.$getattr(obj,"tobytes",null)
if(ga !==null){res=$B.$call(ga).source}else{
$B.RAISE(_b_.TypeError,"object doesn't support the buffer protocol")}}
return res}
var ws_cars=[]
var ws='\r\n \t'
for(let i=0,len=ws.length;i < len;i++){ws_cars.push(ws.charCodeAt(i))}
function invalid(other){return ! $B.$isinstance(other,[bytes,bytearray])}
var is_bytes_like=$B.is_bytes_like=function(obj){return $B.$getattr($B.get_class(obj),'__buffer__',$B.NULL)!==$B.NULL}
function get_list_from_bytes_like(obj){var buf=$B.$call($B.$getattr(obj,'__buffer__'),0)
if(! $B.exact_type(buf,_b_.memoryview)){$B.RAISE(_b_.TypeError,`__buffer__ should return memoryview, not ${$B.class_name(buf)}`
)}
return _b_.memoryview.tp_funcs.tolist(buf)}
function check_buffer(arg){if(! is_bytes_like(arg)){$B.RAISE(_b_.TypeError,"a bytes-like object is required, "+
"not '"+$B.class_name(arg)+"'")}}
function check_buffer_or_int(arg){if(! $B.is_int(arg)&& ! is_bytes_like(arg)){$B.RAISE(_b_.TypeError,`argument should be integer or bytes-like object, `+
`not '${$B.class_name(sub)}'`
)}}
$B.bytearray_iterator.tp_iter=function(self){return self}
$B.bytearray_iterator.tp_iternext=function*(self){self.index++
if(self.index >=self.len){return}
yield self.obj.source[self.index]}
var bytearray_iterator_funcs=$B.bytearray_iterator.tp_funcs={}
bytearray_iterator_funcs.__length_hint__=function(self){return self.len}
bytearray_iterator_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.iter,$B.fast_tuple([self.obj]),0])}
bytearray_iterator_funcs.__setstate__=function(self,value){self.index=$B.PyNumber_Index(value)-1}
$B.bytearray_iterator.tp_methods=["__length_hint__","__reduce__","__setstate__"]
var bytearray=_b_.bytearray
function no_resizing(){$B.RAISE(_b_.BufferError,"Existing exports of data: object cannot be re-sized")}
function self_arg(func_name,args){var $=$B.args(func_name,1,{self:null},args,null,null,null)
return $.self}
function self_other_args(func_name,args){var $=$B.args(func_name,2,{self:null,other:null},args,null,null,null)
return[$.self,$.other]}
function main_type(obj){
return $B.$isinstance(obj,_b_.bytearray)? _b_.bytearray :_b_.bytes}
function dict_or_not(cls,instance){if(![_b_.bytes,_b_.bytearray].includes(cls)){$B.init_dict(instance)}
return instance}
function _new(cls,args,kw){let[source,encoding,errors]=$B.unpack_args($B.get_name(cls),args,['source','encoding','errors'],{source:$B.NULL,encoding:$B.NULL,errors:$B.NULL}
)
if(source===$B.NULL){let instance={ob_type:cls,source:[]}
return dict_or_not(cls,instance)}
var kw_encoding=$B.str_dict_get(kw,'encoding',$B.NULL)
if(encoding !==$B.NULL){if(kw_encoding !==$B.NULL){$B.RAISE(_b_.TypeError,`argument for bytes() given by name ('encoding') `+
`and position (2)`
)}}else{
encoding=kw_encoding}
var kw_errors=$B.str_dict_get(kw,'errors',$B.NULL)
if(errors !==$B.NULL){if(kw_errors !==$B.NULL){$B.RAISE(_b_.TypeError,`argument for bytes() given by name ('errors') `+
`and position (3)`
)}}else{
errors=kw_errors===$B.NULL ? 'strict' :kw_errors}
if(typeof source=="string" ||$B.is_str(source)){if(encoding===$B.NULL){$B.RAISE(_b_.TypeError,'string argument without an encoding')}
let res=encode(source,encoding,errors)
if(! $B.$isinstance(res,bytes)){$B.RAISE(_b_.TypeError,`'${encoding}' codec returns `+
`${$B.class_name(res)}, not bytes`)}
res.ob_type=cls
return dict_or_not(cls,res)}
if(encoding !==$B.NULL){$B.RAISE(_b_.TypeError,"encoding without a string argument")}
if(typeof source=="number" ||$B.is_int(source)){var size=$B.PyNumber_Index(source)
if(size < 0){$B.RAISE(_b_.ValueError,"negative count")}
source=[]
for(var i=0;i < size;i++){source[i]=0}}else if($B.$isinstance(source,[_b_.bytes,_b_.bytearray])){source=source.source}else if($B.$isinstance(source,_b_.memoryview)){source=source.obj.source}else if($B.imported.array &&
$B.$isinstance(source,$B.module_getattr($B.imported.array,'array'))){var array=$B.module_getattr($B.imported.array,'array')
source=array.tp_funcs.tobytes(source).source}else{
var int_list
if(Array.isArray(source)){int_list=source}else{
try{
int_list=_b_.list.$factory(source)}catch(err){var bytes_method=$B.$getattr(source,'__bytes__',_b_.None)
if(bytes_method===_b_.None){$B.RAISE(_b_.TypeError,"cannot convert "+
`'${$B.class_name(source)}' object to bytes`)}
let res=$B.$call(bytes_method)
if(! $B.is_bytes(res)){$B.RAISE(_b_.TypeError,`__bytes__ returned `+
`non-bytes (type ${$B.class_name(res)})`)}
return dict_or_not(cls,res)}}
source=[]
for(var item of int_list){item=$B.PyNumber_Index(item)
if(item >=0 && item < 256){source.push(item)}else{
$B.RAISE(_b_.ValueError,"bytes must be in range (0, 256)")}}}
let instance={ob_type:cls,source}
return dict_or_not(cls,instance)}
function bytearray_delitem(self,arg){if(self.exports){if($B.$isinstance(arg,_b_.slice)){var slice=_b_.slice.$conv_for_seq(arg,self.source.length)
if(slice.stop-slice.start > 0){no_resizing()}}else{
no_resizing()}}
return $B.list_delitem(self.source,arg)}
function capitalize(){var self=self_arg('capitalize',arguments)
var src=self.source,len=src.length,buffer=src.slice()
if(buffer[0]> 96 && buffer[0]< 123){buffer[0]-=32}
for(var i=1;i < len;++i){if(buffer[i]> 64 && buffer[i]< 91){buffer[i]+=32}}
return main_type(self).$factory(buffer)}
function center(){var $=$B.args('center',3,{self:null,width:null,fillbyte:null},arguments,{fillbyte:bytes.$factory([32])},null,null)
var diff=$.width-$.self.source.length
if(diff <=0){return bytes.$factory($.self.source)}
var type=main_type(self)
var ljust=type.tp_funcs.ljust($.self,$.self.source.length+Math.floor(diff/2),$.fillbyte)
return type.tp_funcs.rjust(ljust,$.width,$.fillbyte)}
function count(self){var $=$B.args('count',4,{self:null,sub:null,start:null,end:null},arguments,{start:0,end:-1},null,null)
var self=$.self,sub=$.sub,start=$.start,end=$.end
var nb=0,len=self.source.length
if(typeof sub=="number"){if(sub < 0 ||sub > 255){$B.RAISE(_b_.ValueError,"byte must be in range(0, 256)")}
for(var b of self.source){if(b==sub){nb++}}
return nb}
check_buffer(sub)
var seq=get_list_from_bytes_like(sub)
var seq_len=seq.length
var le
for(var i=0;i < len;i++){var found=1
for(var j=0;j < seq_len;j++){if(self.source[i+j]!=seq[j]){found=0
break}}
nb+=found}
return nb}
function endswith(){var $=$B.args('endswith',4,{self:null,suffix:null,start:null,end:null},arguments,{start:-1,end:-1},null,null)
var self=$.self,suffix=$.suffix,start=$.start,end=$.end
if(is_bytes_like(suffix)){var seq=get_list_from_bytes_like(suffix)
start=start==-1 ? 0 :start
end=end==-1 ? self.source.length :end
var res=true
var seq_len=seq.length
if(seq_len > end-start){return false}
for(let i=0;i < seq_len && res;i++){res=self.source[end-seq_len+i]==seq[i]}
return res}else if($B.is_tuple(suffix)){for(let sub of suffix){if(endswith(self,sub,start,end)){return true}}
return false}else{
$B.RAISE(_b_.TypeError,"endswith first arg must be bytes-like "+
"or a tuple of bytes-like, not "+$B.class_name($.suffix))}}
function expandtabs(){var $=$B.args('expandtabs',2,{self:null,tabsize:null},arguments,{tabsize:8},null,null)
var self=$.self,tabsize=$.tabsize
var tab_spaces=[]
for(let i=0;i < tabsize;++i){tab_spaces.push(32)}
var buffer=self.source.slice()
for(let i=0;i < buffer.length;++i){if(buffer[i]===9){var nb_spaces=tabsize-i % tabsize
var tabs=new Array(nb_spaces)
tabs.fill(32)
buffer.splice.apply(buffer,[i,1].concat(tabs))}}
return main_type(self).$factory(buffer)}
function find(){var func=this 
var $=$B.args(func,4,{self:null,sub:null,start:null,end:null},arguments,{start:_b_.None,end:_b_.None},null,null)
var self=$.self,sub=$.sub,start=$.start,end=$.end
check_buffer_or_int(sub)
var seq
if($B.is_int(sub)){seq=[$B.PyNumber_Index(sub)]}else{
seq=get_list_from_bytes_like(sub)}
var boundaries=_b_.slice.$conv_for_seq({start,stop:end,step:1},self.source.length)
start=boundaries.start
end=boundaries.stop
var seq_len=seq.length
if(func=='find'){for(var i=start;i < end-seq_len+1;i++){var found=true
for(var j=0;j < seq_len;j++){if(self.source[i+j]!=seq[j]){found=false
break}}
if(found){return i}}}else{
for(var i=end-1;i > start-seq_len;i--){var found=true
for(var j=0;j < seq_len;j++){if(self.source[i+j]!=seq[j]){found=false
break}}
if(found){return i}}}
return-1}
function fromhex(){var $=$B.args('fromhex',2,{cls:null,string:null},arguments,null,null,null)
var cls=$.cls,string=$.string
string=string.replace(/\s/g,'')
var source=[]
for(var i=0;i < string.length;i+=2){if(i+2 > string.length){$B.RAISE(_b_.ValueError,"non-hexadecimal number found "+
"in fromhex() arg")}
source.push(_b_.int.$factory(string.substr(i,2),16))}
return $B.$call(cls,source)}
function hex(){
var $=$B.args('hex',3,{self:null,sep:null,bytes_per_sep:null},arguments,{sep:"",bytes_per_sep:1},null,null)
var self=$.self,sep=$.sep,bytes_per_sep=$.bytes_per_sep,res="",digits="0123456789abcdef",bps=bytes_per_sep,jstart=bps,len=self.source.length
if(bytes_per_sep < 0){bps=-bytes_per_sep
jstart=bps}else if(bytes_per_sep==0){sep=''}else{
jstart=len % bps
if(jstart==0){jstart=bps}}
for(var i=0,j=jstart;i < len;i++){var c=self.source[i]
if(j==0){res+=sep
j=bps}
j--
res+=digits[c >> 4]
res+=digits[c & 0x0f]}
return res}
function isalnum(){var self=self_arg('isalnum',arguments)
var src=self.source,len=src.length,res=len > 0
for(var i=0;i < len && res;++i){res=(src[i]> 96 && src[i]< 123)||
(src[i]> 64 && src[i]< 91)||
(src[i]> 47 && src[i]< 58)}
return res}
function isalpha(){var self=self_arg('isalpha',arguments)
var src=self.source,len=src.length,res=len > 0
for(var i=0;i < len && res;++i){res=(src[i]> 96 && src[i]< 123)||(src[i]> 64 && src[i]< 91)}
return res}
function isascii(){var self=self_arg('isascii',arguments)
for(var byte of self.source){if(byte > 0x7F){return false}}
return true}
function isdigit(){var self=self_arg('isdigit',arguments)
var src=self.source,len=src.length,res=len > 0
for(let i=0;i < len && res;++i){res=src[i]> 47 && src[i]< 58}
return res}
function islower(){var self=self_arg('islower',arguments)
var src=self.source,len=src.length,res=false
for(let i=0;i < len;++i){
res=res ||(src[i]> 96 && src[i]< 123)
if(src[i]> 64 && src[i]< 91){return false}}
return res}
function isspace(){var self=self_arg('isspace',arguments)
var src=self.source,len=src.length
for(let i=0;i < len;++i){switch(src[i]){case 9:
case 10:
case 11:
case 12:
case 13:
case 32:
break
default:
return false}}
return true}
function istitle(){var self=self_arg('istitle',arguments)
var src=self.source,len=src.length,current_char_is_letter=false,prev_char_was_letter=false,is_uppercase=false,is_lowercase=false
for(var i=0;i < len;++i){is_lowercase=src[i]> 96 && src[i]< 123
is_uppercase=src[i]> 64 && src[i]< 91
current_char_is_letter=is_lowercase ||is_uppercase
if(current_char_is_letter &&
(prev_char_was_letter && is_uppercase)||
(! prev_char_was_letter && is_lowercase)){return false}
prev_char_was_letter=current_char_is_letter}
return true}
function isupper(){var self=self_arg('isupper',arguments)
var src=self.source,len=src.length,res=false
for(let i=0;i < len;++i){
res=res ||(src[i]> 64 && src[i]< 91)
if(src[i]> 96 && src[i]< 123){return false}}
return res}
function join(){var $ns=$B.args('join',2,{self:null,iterable:null},arguments),self=$ns['self'],iterable=$ns['iterable']
var res=this.$factory(),empty=true
for(var item of $B.make_js_iterator(iterable)){if(empty){empty=false
res=this.$factory(item)}else{
res=bytes.sq_concat(res,self)
res=bytes.sq_concat(res,item)}}
return res}
function ljust(){
var $=$B.args('ljust',3,{self:null,width:null,fillbyte:null},arguments,{fillbyte:bytes.$factory([32])})
var self=$.self,width=$.width,fillbyte=$.fillbyte
check_buffer(fillbyte)
var padding=[],count=width-self.source.length
for(var i=0;i < count;++i){padding.push(fillbyte.source[0])}
return this.$factory(self.source.concat(padding))}
function lower(self){var _res=[],pos=0
for(var i=0,len=self.source.length;i < len;i++){if(self.source[i]){_res[pos++]=_lower(self.source[i])}}
return this.$factory(_res)}
function maketrans(){var $=$B.args('maketrans',2,{from:null,to:null},arguments)
var from=$.from,to=$.to
var _t=[]
to=$B.to_bytes(to)
for(let i=0;i < 256;i++){_t[i]=i}
for(let i=0,len=from.source.length;i < len;i++){var _ndx=from.source[i]
_t[_ndx]=to[i]}
return this.$factory(_t)}
function strip(self,cars,lr){if($B.$isinstance(cars,bytes)){cars=cars.source}else if(cars !==ws_cars){$B.RAISE(_b_.TypeError,"Type str doesn't support the buffer API")}
switch(lr){case 'l':
for(var i=0,len=self.source.length;i < len;i++){if(cars.indexOf(self.source[i])==-1){break}}
return this.$factory(self.source.slice(i))
case 'r':
for(var i=self.source.length-1;i >=0;i--){if(cars.indexOf(self.source[i])==-1){break}}
return this.$factory(self.source.slice(0,i+1))}}
function nb_multiply(){var $=$B.args('__mul__',2,{self:null,value:null},arguments)
var self=$.self,value=$.value
if(self.source===undefined && value && value.source !==undefined){var _t=self
self=value
value=_t}
var v=$B.PyNumber_Index(value)
var source=[]
for(var i=0;i < v;i++){for(var item of self.source){source[source.length]=item}}
var cls=$B.is_bytes(self)? _b_.bytes :_b_.bytearray
return{
ob_type:cls,source}}
function nb_remainder(){
var $=$B.args('__mod__',2,{self:null,args:null},arguments)
var self=$.self,args=$.args
var s=decode(self,"latin-1","strict"),res=$B.printf_format(s,'bytes',args)
return _b_.str.tp_funcs.encode(res,"ascii")}
function partition(){var $=$B.args('partition',2,{self:null,sep:null},arguments)
var self=$.self,sep=$.sep
check_buffer(sep)
var len=sep.source.length,src=self.source,i=bytes_funcs.find(self,sep)
return _b_.tuple.$factory([this.$factory(src.slice(0,i)),this.$factory(src.slice(i,i+len)),this.$factory(src.slice(i+len))
])}
function removeprefix(self,prefix){var $=$B.args('removeprefix',2,{self:null,prefix:null},arguments)
var self=$.self,prefix=$.prefix
check_buffer(prefix)
var seq=get_list_from_bytes_like(prefix)
var found=true
for(var i=0,seq_len=seq.length;i < seq_len;i++){if(self.source[i]!=seq[i]){found=false
break}}
if(found){return{
ob_type:$B.get_class(self),source:self.source.slice(seq_len)}}
return self}
function removesuffix(self,prefix){var $=$B.args('removesuffix',2,{self:null,prefix:null},arguments)
var self=$.self,prefix=$.prefix
check_buffer(prefix)
var seq=get_list_from_bytes_like(prefix)
var found=true
var len=self.source.length,seq_len=seq.length
for(var i=0;i < seq_len;i++){if(self.source[len-seq_len+i]!=seq[i]){found=false
break}}
if(found){return{
ob_type:$B.get_class(self),source:self.source.slice(0,len-seq_len)}}
return self}
function replace(){var $=$B.args('replace',4,{self:null,old:null,new:null,count:null},arguments,{count:-1})
var res=[]
var self=$.self,src=self.source,len=src.length,old=$.old,$new=$.new
var count=$.count >=0 ? $.count :src.length
check_buffer($.old)
check_buffer($.new)
for(var i=0;i < len;i++){if(bytes_funcs.startswith(self,old,i)&& count){for(var j=0;j < $new.source.length;j++){res.push($new.source[j])}
i+=(old.source.length-1)
count--}else{
res.push(src[i])}}
return this.$factory(res)}
function rjust(){var $=$B.args('rjust',3,{self:null,width:null,fillbyte:null},arguments,{fillbyte:bytes.$factory([32])})
var self=$.self,width=$.width,fillbyte=$.fillbyte
check_buffer(fillbyte)
var padding=[],count=width-self.source.length
for(var i=0;i < count;++i){padding.push(fillbyte.source[0])}
return this.$factory(padding.concat(self.source))}
function rpartition(){var $=$B.args('rpartition',2,{self:null,sep:null},arguments)
var self=$.self,sep=$.sep
check_buffer(sep)
var len=sep.source.length,src=self.source,i=bytes_funcs.rfind(self,sep)
return _b_.tuple.$factory([this.$factory(src.slice(0,i)),this.$factory(src.slice(i,i+len)),this.$factory(src.slice(i+len))
])}
function rsplit(){var $=$B.args('rsplit',3,{self:null,sep:null,maxsplit:null},arguments,{sep:_b_.None,maxsplit:-1})
var self=$.self,sep=$.sep,maxsplit=$.maxsplit
var cls=this
var reversed_self=$B.fast_bytes(self.source.toReversed())
if(! $B.is_int(maxsplit)){$B.RAISE(_b_.ValueError,`maxsplit should be int, not ${$B.class_name(maxsplit)}`
)}
var parts 
if(sep===_b_.None){parts=bytes_split_with_whitespace(cls,reversed_self,maxsplit)}else{
if($B.$getattr(sep,'__buffer__',$B.NULL)===$B.NULL){$B.RAISE(_b_.TypeError,`a bytes-like object is required, not '${$B.class_name(sep)}'`
)}
var reversed_seps=Array.from($B.make_js_iterator(sep)).reverse()
parts=bytes_split_with_sep(cls,reversed_self,reversed_seps,maxsplit)}
parts.reverse()
return $B.$list(parts.map(part=> cls.$factory(part.source.toReversed())))}
function sq_contains(self,other){var[self,other]=self_other_args('__contains__',arguments)
if(typeof other=="number"){return self.source.indexOf(other)>-1}
if(! is_bytes_like(other)){return false}
var seq=get_list_from_bytes_like(other)
if(self.source.length < seq.length){return false}
var len=self.source.length
var seq_len=seq.length
for(var i=0;i < len-seq_len+1;i++){var flag=true
for(var j=0;j < seq_len;j++){if(self.source[i+j]!=seq[j]){flag=false
break}}
if(flag){return true}}
return false}
function split(){var $=$B.args('split',3,{self:null,sep:null,maxsplit:null},arguments,{sep:_b_.None,maxsplit:-1})
var self=$.self,sep=$.sep,maxsplit=$.maxsplit
var cls=this 
if(! $B.is_int(maxsplit)){$B.RAISE(_b_.ValueError,`maxsplit should be int, not ${$B.class_name(maxsplit)}`
)}
var parts=[]
if(sep===_b_.None){parts=bytes_split_with_whitespace(cls,self,maxsplit)}else{
if($B.$getattr(sep,'__buffer__',$B.NULL)===$B.NULL){$B.RAISE(_b_.TypeError,`a bytes-like object is required, not '${$B.class_name(sep)}'`
)}
var seps=Array.from($B.make_js_iterator(sep))
parts=bytes_split_with_sep(cls,self,seps,maxsplit)}
return $B.$list(parts)}
function splitlines(){var $=$B.args('splitlines',2,{self:null,keepends:null},arguments,{keepends:false})
var self=$.self,keepends=$.keepends
var cls=this 
if(!$B.$isinstance(keepends,[_b_.bool,_b_.int])){throw _b_.TypeError('integer argument expected, got '+
$B.get_class(keepends).__name)}
var keepends=$B.int_value(keepends),res=$B.$list([]),source=self.source,start=0,pos=0
if(! source.length){return res}
while(pos < source.length){if(pos < source.length-1 && source[pos]==0x0d &&
source[pos+1]==0x0a){res.push(cls.$factory(source.slice(start,keepends ? pos+2 :pos)))
start=pos=pos+2}else if(source[pos]==0x0d ||source[pos]==0x0a){res.push(cls.$factory(source.slice(start,keepends ? pos+1 :pos)))
start=pos=pos+1}else{
pos++}}
if(start < source.length){res.push(cls.$factory(source.slice(start)))}
return $B.$list(res)}
function startswith(){var $=$B.args('startswith',3,{self:null,prefix:null,start:null},arguments,{start:0})
var self=$.self,prefix=$.prefix,start=$.start
var cls=this 
if($B.$isinstance($.prefix,[bytes,bytearray])){let res=true
for(let i=0;i < prefix.source.length && res;i++){res=self.source[start+i]==prefix.source[i]}
return res}else if($B.is_tuple(prefix)){
for(let sub of prefix){if(! $B.$isinstance(sub,[bytes,bytearray])){$B.RAISE(_b_.TypeError,"startswith first arg must be "+
"bytes or a tuple of bytes, not "+$B.class_name(prefix))}
if(startswith.call(cls,self,sub,start)){return true}}
return false}else{
$B.RAISE(_b_.TypeError,"startswith first arg must be bytes "+
"or a tuple of bytes, not "+$B.class_name(prefix))}}
function upper(){var self=self_arg('upper',arguments)
var _res=[],pos=0
for(var i=0,len=self.source.length;i < len;i++){if(self.source[i]){_res[pos++]=_upper(self.source[i])}}
return main_type(self).$factory(_res)}
function swapcase(){var self=$B.single_arg('swapcase','self',arguments)
var src=self.source,len=src.length,buffer=src.slice()
var cls=this
for(var i=0;i < len;++i){if(buffer[i]> 96 && buffer[i]< 123){buffer[i]-=32}else if(buffer[i]> 64 && buffer[i]< 91){buffer[i]+=32}}
return cls.$factory(buffer)}
function title(){var self=$B.single_arg('title','self',arguments)
var cls=this 
var src=self.source,len=src.length,buffer=src.slice(),current_char_is_letter=false,prev_char_was_letter=false,is_uppercase=false,is_lowercase=false
for(var i=0;i < len;++i){is_lowercase=buffer[i]> 96 && buffer[i]< 123
is_uppercase=buffer[i]> 64 && buffer[i]< 91
current_char_is_letter=is_lowercase ||is_uppercase
if(current_char_is_letter){if(prev_char_was_letter && is_uppercase){buffer[i]+=32}else if(! prev_char_was_letter && is_lowercase){buffer[i]-=32}}
prev_char_was_letter=current_char_is_letter}
return cls.$factory(buffer)}
function translate(){var $=$B.args('translate',3,{self:null,table:null,_delete:null},arguments,{_delete:$B.NULL})
var self=$.self,table=$.table,_delete=$._delete
var cls=this 
if(_delete===$B.NULL){_delete=[]}else if($B.$isinstance(_delete,[bytes,bytearray])){_delete=_delete.source}else{
$B.RAISE(_b_.TypeError,"Type "+
$B.class_name(_delete)+" doesn't support the buffer API")}
var res=[],pos=0
if($B.$isinstance(table,[bytes,bytearray])&& table.source.length==256){for(var i=0,len=self.source.length;i < len;i++){if(_delete.indexOf(self.source[i])>-1){continue}
res[pos++]=table.source[self.source[i]]}}
return cls.$factory(res)}
function zfill(){var $=$B.args('zfill',2,{self:null,width:null},arguments)
var self=$.self,width=$.width
var cls=this 
var buffer=self.source.slice(),prefix_offset=(buffer[0]==43 ||buffer[0]==45)? 1 :0
var count=width-self.source.length
var padding=[]
for(var i=0;i < count;++i){padding.push(48)}
buffer.splice.apply(buffer,[prefix_offset,0].concat(padding))
return cls.$factory(buffer)}
function check_exports(self){if(self.exports==0){return}
var frame_obj=$B.frame_obj
var has_exports=false
while(frame_obj !==null){var locals=frame_obj.frame[1]
for(var key in locals){try{
var value=locals[key]
if($B.get_class(value)===_b_.memoryview && value.obj===self){has_exports=true
break}}catch(err){}}
frame_obj=frame_obj.prev}
if(has_exports){if(self.exports){no_resizing()}}else{
self.exports=0}}
function decode_error(obj,encoding,start,end,reason){let exc=_b_.UnicodeDecodeError.tp_new(_b_.UnicodeDecodeError)
_b_.UnicodeDecodeError.tp_init(exc,encoding,obj,start,end,reason)
return exc}
bytearray.$factory=function(){var res=bytearray.tp_new(bytearray,Array.from(arguments),$B.empty_dict())
res.exports=0
return res}
_b_.bytearray.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,[_b_.bytearray,_b_.bytes])){return _b_.NotImplemented}
return _b_.list.tp_richcompare(
$B.$list(self.source),$B.$list(other.source),op)}
_b_.bytearray.nb_multiply=function(){return nb_multiply.apply(null,arguments)}
_b_.bytearray.nb_remainder=function(){var res=nb_remainder.apply(null,arguments)
res.ob_type=$B.get_class(self)
return res}
_b_.bytearray.sq_ass_item=function(self,arg,value){if(value===$B.NULL){return bytearray_delitem(self,arg)}
if($B.is_int(arg)){if(! $B.is_int(value)){$B.RAISE(_b_.TypeError,'an integer is required')}else if(value > 255){$B.RAISE(_b_.ValueError,"byte must be in range(0, 256)")}
var pos=arg
if(arg < 0){pos=self.source.length+pos}
if(pos >=0 && pos < self.source.length){self.source[pos]=value}else{
$B.RAISE(_b_.IndexError,'list index out of range')}}else if($B.$isinstance(arg,_b_.slice)){var start=arg.start===_b_.None ? 0 :arg.start
var stop=arg.stop===_b_.None ? self.source.length :arg.stop
if(start < 0){start=self.source.length+start}
if(stop < 0){stop=self.source.length+stop}
if(stop > self.source.length){check_exports(self)}
self.source.splice(start,stop-start)
try{
var $temp=_b_.list.$factory(value)}catch(err){$B.RAISE(_b_.TypeError,"can only assign an iterable")}
if($temp.length !=stop-start){check_exports(self)}
for(var i=$temp.length-1;i >=0;i--){if(! $B.is_int($temp[i])){$B.RAISE(_b_.TypeError,'an integer is required')}else if($temp[i]> 255){$B.RAISE(_b_.ValueError,"byte must be in range(0, 256)")}}
if($temp.length > 16384){
var tail=self.source.slice(start)
self.source.length=start
for(var k=0;k < $temp.length;k+=16384){self.source.push.apply(self.source,$temp.slice(k,k+16384))}
for(var k=0;k < tail.length;k+=16384){self.source.push.apply(self.source,tail.slice(k,k+16384))}}else{
self.source.splice.apply(self.source,[start,0].concat($temp))}}else{
$B.RAISE(_b_.TypeError,'list indices must be integer, not '+
$B.class_name(arg))}}
_b_.bytearray.tp_repr=function(self){var b=_b_.bytes.tp_repr(self)
return `bytearray(${b})`}
_b_.bytearray.tp_hash=_b_.None
_b_.bytearray.tp_str=function(self){return _b_.bytearray.tp_repr(self)}
_b_.bytearray.tp_iter=function(self){return{
ob_type:$B.bytearray_iterator,obj:self,len:self.source.length,index:-1}}
_b_.bytearray.tp_init=function(self){}
_b_.bytearray.tp_new=function(cls,args,kw){return _new(cls,args,kw)}
_b_.bytearray.nb_inplace_add=function(self,other){if(! $B.$isinstance(other,[_b_.bytearray,_b_.bytes])){$B.RAISE(_b_.TypeError,`can't concat ${$B.class_name(other)} to bytearray`
)}
self.source=self.source.concat(other.source)
return self}
_b_.bytearray.nb_inplace_multiply=function(self,value){var v=$B.PyNumber_Index(value)
var source=self.source.slice()
for(var i=1;i < v;i++){for(var item of self.source){source[source.length]=item}}
self.source=source
return self}
_b_.bytearray.mp_length=function(self){return _b_.bytes.mp_length(self)}
_b_.bytearray.mp_subscript=function(self,arg){return _b_.bytes.mp_subscript(self,arg)}
_b_.bytearray.sq_concat=function(self,other){try{
var other_bytes=$B.to_bytes(other)}catch(err){$B.RAISE(_b_.TypeError,`can't concat ${$B.class_name(other)} to bytes`)}
if(other_bytes.length > 0){check_exports(self)}
return{
ob_type:$B.get_class(self),source:self.source.concat(other_bytes)}}
_b_.bytearray.sq_contains=function(){return sq_contains.apply(null,arguments)}
_b_.bytearray.bf_getbuffer=function(self){return $B.$call(_b_.memoryview,self)}
_b_.bytearray.bf_releasebuffer=function(self){}
var bytearray_funcs=_b_.bytearray.tp_funcs={}
bytearray_funcs.__alloc__=function(self){}
bytearray_funcs.__reduce__=function(self){var s=$B.decode(self,'latin-1')
return $B.fast_tuple([bytearray,$B.fast_tuple([s,'latin-1']),_b_.None])}
bytearray_funcs.__reduce_ex__=function(self,protocol){return bytearray_funcs.__reduce__(self)}
bytearray_funcs.__sizeof__=function(self){return 60}
bytearray_funcs.append=function(self,b){check_exports(self)
if(arguments.length !=2){$B.RAISE(_b_.TypeError,"append takes exactly one argument ("+(arguments.length-1)+
" given)")}
if(! $B.is_int(b)){$B.RAISE(_b_.TypeError,"an integer is required")}
if(b > 255){$B.RAISE(_b_.ValueError,"byte must be in range(0, 256)")}
self.source[self.source.length]=b}
bytearray_funcs.capitalize=function(){return capitalize.apply(null,arguments)}
bytearray_funcs.center=function(self){return center.apply(null,arguments)}
bytearray_funcs.clear=function(self){check_exports(self)
self.source=[]}
bytearray_funcs.copy=function(self){return{
ob_type:_b_.bytearray,source:self.source.slice()}}
bytearray_funcs.count=function(self){return count.apply(null,arguments)}
bytearray_funcs.decode=function(self){var $=$B.args('decode',3,{self:null,encoding:null,errors:null},arguments,{encoding:'utf-8',errors:'strict'})
var self=$.self,encoding=$.encoding,errors=$.errors
return decode(self,encoding,errors)}
bytearray_funcs.endswith=function(self){return endswith.apply(null,arguments)}
bytearray_funcs.expandtabs=function(self){return expandtabs.apply(null,arguments)}
bytearray_funcs.extend=function(self,b){check_exports(self)
if(self.in_iteration){
no_resizing()}
if([bytearray,bytes].includes($B.get_class(b))){self.source=self.source.concat(b.source)
return _b_.None}
for(var item of $B.make_js_iterator(b)){bytearray.append(self,$B.PyNumber_Index(item))}
return _b_.None}
bytearray_funcs.find=function(self){return find.apply('find',arguments)}
bytearray_funcs.fromhex=function(self){return fromhex.apply(null,arguments)}
bytearray_funcs.hex=function(self){return hex.apply(null,arguments)}
bytearray_funcs.index=function(self){var res=find.apply('find',arguments)
if(res==-1){$B.RAISE(_b_.ValueError,'subsection not found')}
return res}
bytearray_funcs.insert=function(self,pos,b){check_exports(self)
if(arguments.length !=3){$B.RAISE(_b_.TypeError,"insert takes exactly 2 arguments ("+(arguments.length-1)+
" given)")}
if(! $B.is_int(b)){$B.RAISE(_b_.TypeError,"an integer is required")}
if(b > 255){$B.RAISE(_b_.ValueError,"byte must be in range(0, 256)")}
_b_.list.tp_funcs.insert(self.source,pos,b)}
bytearray_funcs.isalnum=function(){return isalnum.apply(null,arguments)}
bytearray_funcs.isalpha=function(){return isalpha.apply(null,arguments)}
bytearray_funcs.isascii=function(){return isascii.apply(null,arguments)}
bytearray_funcs.isdigit=function(){return isdigit.apply(null,arguments)}
bytearray_funcs.islower=function(){return islower.apply(null,arguments)}
bytearray_funcs.isspace=function(){return isspace.apply(null,arguments)}
bytearray_funcs.istitle=function(){return istitle.apply(null,arguments)}
bytearray_funcs.isupper=function(){return isupper.apply(null,arguments)}
bytearray_funcs.join=function(){return join.apply(_b_.bytearray,arguments)}
bytearray_funcs.ljust=function(){return ljust.apply(_b_.bytearray,arguments)}
bytearray_funcs.lower=function(self){return lower.apply(_b_.bytearray,arguments)}
bytearray_funcs.lstrip=function(self){var $=$B.args('lstrip',2,{self:null,cars:null},arguments,{cars:ws_cars})
var self=$.self,cars=$.cars
return strip.call(_b_.bytearray,self,cars,'l')}
bytearray_funcs.maketrans=function(self){return maketrans.apply(_b_.bytearray,arguments)}
bytearray_funcs.partition=function(self){return partition.apply(_b_.bytearray,arguments)}
bytearray_funcs.pop=function(self){var $=$B.args('pop',2,{self:null,index:null},arguments,{index:-1})
var self=$.self,index=$.index
check_exports(self)
return _b_.list.tp_funcs.pop(self.source,index)}
bytearray_funcs.remove=function(self){var $=$B.args('remove',2,{self:null,value:null},arguments)
var self=$.self,value=$.value
value=$B.PyNumber_Index(value)
if(value > 255){return}
var ix=self.source.indexOf(value)
if(ix !=-1){self.source.splice(ix,1)}}
bytearray_funcs.removeprefix=function(self,prefix){return removeprefix.apply(null,arguments)}
bytearray_funcs.removesuffix=function(self){return removesuffix.apply(null,arguments)}
bytearray_funcs.replace=function(self){return replace.apply(_b_.bytearray,arguments)}
bytearray_funcs.resize=function(self,size){check_exports(self)
size=$B.PyNumber_Index(size)
if(size < 0){$B.RAISE(_b_.ValueError,`Can only resize to positive sizes, got -${size}`)}
if(size > self.source.length){for(var i=0,len=size-self.source.length;i < len;i++){self.source.push(0)}}else{
self.source=self.source.slice(0,size)}
return _b_.None}
bytearray_funcs.reverse=function(self){self.source.reverse()}
bytearray_funcs.rfind=function(){return find.apply('rfind',arguments)}
bytearray_funcs.rindex=function(self){var res=find.apply('rfind',arguments)
if(res==-1){$B.RAISE(_b_.ValueError,'subsection not found')}
return res}
bytearray_funcs.rjust=function(){return rjust.apply(_b_.bytearray,arguments)}
bytearray_funcs.rpartition=function(self){return rpartition.apply(_b_.bytearray,arguments)}
bytearray_funcs.rsplit=function(self){return rsplit.apply(_b_.bytearray,arguments)}
bytearray_funcs.rstrip=function(self){var $=$B.args('rstrip',2,{self:null,cars:null},arguments,{cars:ws_cars})
var self=$.self,cars=$.cars
return strip.call(_b_.bytearray,self,cars,'r')}
bytearray_funcs.split=function(){return split.apply(_b_.bytearray,arguments)}
bytearray_funcs.splitlines=function(self){return splitlines.apply(_b_.bytearray,arguments)}
bytearray_funcs.startswith=function(self){return startswith.apply(_b_.bytearray,arguments)}
bytearray_funcs.strip=function(self){var $=$B.args('lstrip',2,{self:null,cars:null},arguments,{cars:ws_cars})
var self=$.self,cars=$.cars
var stripped_right=strip.call(_b_.bytearray,self,cars,'r')
return strip.call(_b_.bytearray,stripped_right,cars,'l')}
bytearray_funcs.swapcase=function(self){return swapcase.apply(_b_.bytearray,arguments)}
bytearray_funcs.title=function(self){return title.apply(_b_.bytearray,arguments)}
bytearray_funcs.translate=function(self){return translate.apply(_b_.bytearray,arguments)}
bytearray_funcs.upper=function(self){return upper.apply(null,arguments)}
bytearray_funcs.zfill=function(self){return zfill.apply(_b_.bytearray,arguments)}
_b_.bytearray.tp_methods=["__alloc__","__reduce__","__reduce_ex__","__sizeof__","append","capitalize","center","clear","copy","count","decode","endswith","expandtabs","extend","find","hex","index","insert","isalnum","isalpha","isascii","isdigit","islower","isspace","istitle","isupper","join","ljust","lower","lstrip","partition","pop","remove","replace","removeprefix","removesuffix","resize","reverse","rfind","rindex","rjust","rpartition","rsplit","rstrip","split","splitlines","startswith","strip","swapcase","title","translate","upper","zfill"
]
_b_.bytearray.classmethods=["fromhex"]
_b_.bytearray.staticmethods=["maketrans"]
$B.set_func_names(bytearray,"builtins")
var bytes=_b_.bytes
bytes.$buffer_protocol=true
_b_.bytearray.$buffer_protocol=true
bytes.$is_sequence=true
function bytes_split_with_sep(cls,self,seps,maxsplit){var parts=[],pos=0,source=self.source,len=source.length
var sep_len=seps.length
if(sep_len==0){$B.RAISE(_b_.ValueError,'empty separator')}
if(self.source.length==0){return $B.$list([cls.$factory()])}
var acc=[]
var done=false
while(pos < len){var i=0,found=false
while(source[pos+i]==seps[i]){i+=1
if(i==sep_len){found=true
break}}
if(found){parts.push(acc)
if(maxsplit > 0 && parts.length==maxsplit){parts.push(source.slice(pos+sep_len))
done=true
break}
acc=[]
pos+=sep_len}else{
acc.push(source[pos])
pos+=1}}
if(! done){parts.push(acc)}
parts=parts.map(t=> cls.$factory(t))
return $B.$list(parts)}
function bytes_split_with_whitespace(cls,self,maxsplit){var parts=[],pos=0,seps,source=self.source,len=source.length
maxsplit=$B.int_value(maxsplit)
var ws=[9,10,11,12,13,32]
while(pos < len && ws.includes(source[pos])){pos++}
if(pos==len){return $B.$list([])}
source=source.slice(pos)
len=source.length
if(maxsplit==0){return $B.$list([cls.$factory(source)])}
var acc=[]
pos=0
while(pos < len){var i=0,found=false
while(ws.includes(source[pos+i])){i++}
if(i > 0){parts.push(acc)
acc=[]
pos+=i
if(parts.length==maxsplit){
acc=source.slice(pos)
pos=len}}else{
acc.push(source[pos])
pos++}}
if(acc.length > 0){parts.push(acc)}
parts=parts.map(t=> cls.$factory(t))
return $B.$list(parts)}
var bytes_iterator=$B.bytes_iterator
$B.bytes_iterator.tp_iter=function(self){self.index=-1
return self}
$B.bytes_iterator.tp_iternext=function*(self){self.index++
if(self.index >=self.len){return}
yield self.obj.source[self.index]}
var bytes_iterator_funcs=$B.bytes_iterator.tp_funcs={}
bytes_iterator_funcs.__length_hint__=function(self){return self.len}
bytes_iterator_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.iter,$B.fast_tuple([self.obj]),0])}
bytes_iterator_funcs.__setstate__=function(self,value){self.index=$B.PyNumber_Index(value)-1}
$B.bytes_iterator.tp_methods=["__length_hint__","__reduce__","__setstate__"]
$B.set_func_names(bytes_iterator,'builtins')
bytes.$getnewargs=function(self){return $B.fast_tuple([bytes_value(self)])}
bytes.$new=function(cls,source,encoding,errors){
var self={ob_type:cls},int_list=[],pos=0
if(source===undefined){}else if(typeof source=="number" ||$B.is_int(source)){let i=source
while(i--){int_list[pos++]=0}}else{
if(typeof source=="string" ||$B.is_str(source)){if(encoding===undefined){$B.RAISE(_b_.TypeError,"string argument without an encoding")}
int_list=encode(source,encoding ||"utf-8",errors ||"strict")}else{
if(encoding !==undefined){console.log('encoding',encoding)
$B.RAISE(_b_.TypeError,"encoding without a string argument")}
if(Array.isArray(source)){int_list=source}else{
try{
int_list=_b_.list.$factory(source)}catch(err){var bytes_method=$B.$getattr(source,'__bytes__',_b_.None)
if(bytes_method===_b_.None){$B.RAISE(_b_.TypeError,"cannot convert "+
`'${$B.class_name(source)}' object to bytes`)}
var res=$B.$call(bytes_method)
if(! $B.is_bytes(res)){$B.RAISE(_b_.TypeError,`__bytes__ returned `+
`non-bytes (type ${$B.class_name(res)})`)}
return res}
for(let i=0;i < int_list.length;i++){try{
var item=_b_.int.$factory(int_list[i])}catch(err){$B.RAISE(_b_.TypeError,"'"+
$B.class_name(int_list[i])+"' object "+
"cannot be interpreted as an integer 8")}
if(item < 0 ||item > 255){$B.RAISE(_b_.ValueError,"bytes must be in range"+
"(0, 256)")}}}}}
self.source=int_list
self.encoding=encoding
self.errors=errors
return self}
var _lower=function(char_code){if(char_code >=65 && char_code <=90){return char_code+32}else{
return char_code}}
var _upper=function(char_code){if(char_code >=97 && char_code <=122){return char_code-32}else{
return char_code}}
function $UnicodeEncodeError(encoding,code_point,position,reason){$B.RAISE(_b_.UnicodeEncodeError,"'"+encoding+
"' codec can't encode character "+_b_.hex(code_point)+
" in position "+position+
(reason ? ": "+reason :""))}
function _hex(_int){var h=_int.toString(16)
return '0x'+'0'.repeat(2-h.length)+h}
var aliases={ascii:['646','us-ascii'],big5:['big5-tw','csbig5'],big5hkscs:['big5-hkscs','hkscs'],cp037:['IBM037','IBM039'],cp273:['273','IBM273','csIBM273'],cp424:['EBCDIC-CP-HE','IBM424'],cp437:['437','IBM437'],cp500:['EBCDIC-CP-BE','EBCDIC-CP-CH','IBM500'],cp775:['IBM775'],cp850:['850','IBM850'],cp852:['852','IBM852'],cp855:['855','IBM855'],cp857:['857','IBM857'],cp858:['858','IBM858'],cp860:['860','IBM860'],cp861:['861','CP-IS','IBM861'],cp862:['862','IBM862'],cp863:['863','IBM863'],cp864:['IBM864'],cp865:['865','IBM865'],cp866:['866','IBM866'],cp869:['869','CP-GR','IBM869'],cp932:['932','ms932','mskanji','ms-kanji'],cp949:['949','ms949','uhc'],cp950:['950','ms950'],cp1026:['ibm1026'],cp1125:['1125','ibm1125','cp866u','ruscii'],cp1140:['ibm1140'],cp1250:['windows-1250'],cp1251:['windows-1251'],cp1252:['windows-1252'],cp1253:['windows-1253'],cp1254:['windows-1254'],cp1255:['windows-1255'],cp1256:['windows-1256'],cp1257:['windows-1257'],cp1258:['windows-1258'],euc_jp:['eucjp','ujis','u-jis'],euc_jis_2004:['jisx0213','eucjis2004'],euc_jisx0213:['eucjisx0213'],euc_kr:['euckr','korean','ksc5601','ks_c-5601','ks_c-5601-1987','ksx1001','ks_x-1001'],gb2312:['chinese','csiso58gb231280','euc-cn','euccn','eucgb2312-cn','gb2312-1980','gb2312-80','iso-ir-58'],gbk:['936','cp936','ms936'],gb18030:['gb18030-2000'],hz:['hzgb','hz-gb','hz-gb-2312'],iso2022_jp:['csiso2022jp','iso2022jp','iso-2022-jp'],iso2022_jp_1:['iso2022jp-1','iso-2022-jp-1'],iso2022_jp_2:['iso2022jp-2','iso-2022-jp-2'],iso2022_jp_2004:['iso2022jp-2004','iso-2022-jp-2004'],iso2022_jp_3:['iso2022jp-3','iso-2022-jp-3'],iso2022_jp_ext:['iso2022jp-ext','iso-2022-jp-ext'],iso2022_kr:['csiso2022kr','iso2022kr','iso-2022-kr'],latin_1:['iso-8859-1','iso8859-1','8859','cp819','latin','latin1','L1'],iso8859_2:['iso-8859-2','latin2','L2'],iso8859_3:['iso-8859-3','latin3','L3'],iso8859_4:['iso-8859-4','latin4','L4'],iso8859_5:['iso-8859-5','cyrillic'],iso8859_6:['iso-8859-6','arabic'],iso8859_7:['iso-8859-7','greek','greek8'],iso8859_8:['iso-8859-8','hebrew'],iso8859_9:['iso-8859-9','latin5','L5'],iso8859_10:['iso-8859-10','latin6','L6'],iso8859_11:['iso-8859-11','thai'],iso8859_13:['iso-8859-13','latin7','L7'],iso8859_14:['iso-8859-14','latin8','L8'],iso8859_15:['iso-8859-15','latin9','L9'],iso8859_16:['iso-8859-16','latin10','L10'],johab:['cp1361','ms1361'],kz1048:['kz_1048','strk1048_2002','rk1048'],mac_cyrillic:['maccyrillic'],mac_greek:['macgreek'],mac_iceland:['maciceland'],mac_latin2:['maclatin2','maccentraleurope','mac_centeuro'],mac_roman:['macroman','macintosh'],mac_turkish:['macturkish'],ptcp154:['csptcp154','pt154','cp154','cyrillic-asian'],shift_jis:['csshiftjis','shiftjis','sjis','s_jis'],shift_jis_2004:['shiftjis2004','sjis_2004','sjis2004'],shift_jisx0213:['shiftjisx0213','sjisx0213','s_jisx0213'],utf_32:['U32','utf32'],utf_32_be:['UTF-32BE'],utf_32_le:['UTF-32LE'],utf_16:['U16','utf16'],utf_16_be:['UTF-16BE'],utf_16_le:['UTF-16LE'],utf_7:['U7','unicode-1-1-utf-7'],utf_8:['U8','UTF','utf8','cp65001'],mbcs:['ansi','dbcs'],bz2_codec:['bz2'],hex_codec:['hex'],quopri_codec:['quopri','quotedprintable','quoted_printable'],uu_codec:['uu'],zlib_codec:['zip','zlib'],rot_13:['rot13']}
var codecs_aliases={}
for(var name in aliases){for(var alias of aliases[name]){codecs_aliases[alias.toLowerCase().replace(/-/g,'_')]=name}}
function normalise(encoding){
var enc=encoding.toLowerCase()
.replace(/ /g,'_')
.replace(/-/g,'_')
if(codecs_aliases[enc]!==undefined){enc=codecs_aliases[enc]}
return enc}
function load_decoder(enc){
if(to_unicode[enc]===undefined){var mod=_b_.__import__("encodings."+enc)
var enc_mod=$B.module_getattr(mod,enc)
if(enc_mod !==$B.NULL){var getregentry=$B.module_getattr(enc_mod,'getregentry')
if(getregentry !==$B.NULL){to_unicode[enc]=$B.$getattr($B.$call(getregentry),"decode")}}}}
function load_encoder(enc){
if(from_unicode[enc]===undefined){var mod=_b_.__import__("encodings."+enc)
var enc_mod=$B.module_getattr(mod,enc)
if(enc_mod !==$B.NULL){var getregentry=$B.module_getattr(enc_mod,'getregentry')
if(getregentry !==$B.NULL){from_unicode[enc]=$B.$getattr($B.$call(getregentry),"encode")}}}}
var decode=$B.decode=function(obj,encoding,errors){var s="",b=obj.source,enc=normalise(encoding)
switch(enc){case "utf_8":
case "utf-8":
case "utf8":
case "U8":
case "UTF":
if(globalThis.TextDecoder){var decoder=new TextDecoder('utf-8',{fatal:true,ignoreBOM:true}),array=new Uint8Array(b)
try{
return decoder.decode(array)}catch(err){}}
var pos=0,err_info
while(pos < b.length){let byte=b[pos]
err_info=null
if(!(byte & 0x80)){
s+=String.fromCodePoint(byte)
pos++}else if((byte >> 5)==6){
if(b[pos+1]===undefined){err_info=[byte,pos,"end"]}else if((b[pos+1]& 0xc0)!=0x80){err_info=[byte,pos,"continuation"]}
if(err_info !==null){if(errors=="ignore"){pos++}else{
throw decode_error(obj,enc,err_info[1],err_info[1]+1,err_info[2]=="end" ? ": unexpected end of data" :
": invalid continuation byte")}}else{
let cp=byte & 0x1f
cp <<=6
cp+=b[pos+1]& 0x3f
s+=String.fromCodePoint(cp)
pos+=2}}else if((byte >> 4)==14){
if(b[pos+1]===undefined){err_info=[byte,pos,"end",pos+1]}else if((b[pos+1]& 0xc0)!=0x80){err_info=[byte,pos,"continuation",pos+2]}else if(b[pos+2]===undefined){err_info=[byte,pos+'-'+(pos+1),"end",pos+2]}else if((b[pos+2]& 0xc0)!=0x80){err_info=[byte,pos,"continuation",pos+3]}
if(err_info !==null){if(errors=="ignore"){pos=err_info[3]}else if(errors=="surrogateescape"){for(let i=pos;i < err_info[3];i++){s+=String.fromCodePoint(0xdc80+b[i]-0x80)}
pos=err_info[3]}else{
throw decode_error(obj,enc,err_info[3],err_info[3]+1,err_info[2]=="end" ? ": unexpected end of data" :
": invalid continuation byte")}}else{
let cp=byte & 0xf
cp=cp << 12
cp+=(b[pos+1]& 0x3f)<< 6
cp+=b[pos+2]& 0x3f
s+=String.fromCodePoint(cp)
pos+=3}}else if((byte >> 3)==30){
if(b[pos+1]===undefined){err_info=[byte,pos,"end",pos+1]}else if((b[pos+1]& 0xc0)!=0x80){err_info=[byte,pos,"continuation",pos+2]}else if(b[pos+2]===undefined){err_info=[byte,pos+'-'+(pos+1),"end",pos+2]}else if((b[pos+2]& 0xc0)!=0x80){err_info=[byte,pos,"continuation",pos+3]}else if(b[pos+3]===undefined){err_info=[byte,pos+'-'+(pos+1)+'-'+(pos+2),"end",pos+3]}
if(err_info !==null){if(errors=="ignore"){pos=err_info[3]}else if(errors=="surrogateescape"){for(let i=pos;i < err_info[3];i++){s+=String.fromCodePoint(0xdc80+b[i]-0x80)}
pos=err_info[3]}else{
throw decode_error(obj,enc,err_info[3],err_info[3]+1,err_info[2]=="end" ? ": unexpected end of data" :
": invalid continuation byte")}}else{
let cp=byte & 0xf
cp=cp << 18
cp+=(b[pos+1]& 0x3f)<< 12
cp+=(b[pos+2]& 0x3f)<< 6
cp+=(b[pos+3]& 0x3f)
s+=String.fromCodePoint(cp)
pos+=4}}else{
if(errors=="ignore"){pos++}else if(errors=="surrogateescape"){s+=String.fromCodePoint(0xdc80+b[pos]-0x80)
pos++}else{
throw decode_error(obj,enc,pos,pos+1,'invalid start byte')}}}
return s
case "utf_8_sig":{
let bom=b[0]==0xef && b[1]==0xbb && b[2]==0xbf
return decode({source:bom ? b.slice(3):b},'utf-8',errors)}
case "utf_16":
case "utf_16_le":
case "utf_16_be":{let label=enc=='utf_16_be' ? 'utf-16be' :'utf-16le',strip=enc=='utf_16'
if(strip && b[0]==0xfe && b[1]==0xff){label='utf-16be'}
return new TextDecoder(label,{fatal:errors=='strict',ignoreBOM:!strip}).decode(new Uint8Array(b))}
case "utf_32":
case "utf_32_le":
case "utf_32_be":{let little=enc !='utf_32_be',start=0
if(enc=='utf_32'){if(b[2]==0xfe && b[3]==0xff){little=false
start=4}else if(b[0]==0xff && b[1]==0xfe){start=4}}
let view=new DataView(new Uint8Array(b).buffer)
for(let i=start;i+3 < b.length;i+=4){s+=String.fromCodePoint(view.getUint32(i,little))}
return s}
case "latin_1":
case "iso8859":
case "windows1252":
case "iso-8859-1":
case "iso8859-1":
case "8859":
case "cp819":
case "latin":
case "latin1":
case "L1":
for(let item of b){s+=String.fromCharCode(item)}
break
case "unicode_escape":
if([bytes,bytearray].includes($B.get_class(obj))){obj=decode(obj,"latin-1","strict")}
return obj.replace(/\\n/g,"\n").
replace(/\\a/g,"\u0007").
replace(/\\b/g,"\b").
replace(/\\f/g,"\f").
replace(/\\t/g,"\t").
replace(/\\'/g,"'").
replace(/\\"/g,'"')
case "raw_unicode_escape":
let str=decode(obj,"latin-1","strict")
let uni_re=/(\\U)([a-fA-F0-9]{0,8})|(\\u)([a-fA-F0-9]{0,4})/g
let start=0
for(let mo of str.matchAll(uni_re)){s+=str.substring(start,mo.index)
if(mo[1]=='\\U'){if(mo[2].length < 8){throw decode_error(obj,enc,mo.index,mo.index+mo[0].length-1,'truncated \\UXXXXXXXX escape')}
let cp=parseInt(mo[2],16)
if(cp > 0x10ffff){throw decode_error(obj,enc,mo.index,mo.index+mo[0].length-1,'\\Uxxxxxxxx out of range')}
s+=String.fromCodePoint(cp)
start=mo.index+mo[0].length}else{
if(mo[4].length < 4){throw decode_error(obj,enc,mo.index,mo.index+mo[0].length-1,'truncated \\uXXXX escape')}
let cp=parseInt(mo[4],16)
s+=String.fromCodePoint(cp)
start=mo.index+mo[0].length}}
s+=str.substr(start)
return s
case "ascii":
for(let i=0,len=b.length;i < len;i++){let cp=b[i]
if(cp <=127){s+=String.fromCharCode(cp)}else{
if(errors=="ignore"){}else if(errors=="backslashreplace"){s+='\\x'+cp.toString(16)}else{
throw decode_error(obj,enc,i,i+1,'ordinal not in range(128)')}}}
break
default:
try{
load_decoder(enc)}catch(err){console.log('error in load decoder',enc,err)
$B.RAISE(_b_.LookupError,"unknown encoding: "+enc)}
var decoded=$B.$call(to_unicode[enc],obj)[0]
for(let i=0,len=decoded.length;i < len;i++){if(decoded.codePointAt(i)==0xfffe){$B.RAISE(_b_.UnicodeDecodeError,"'charmap' codec "+
`can't decode byte ${_hex(b[i])} in position ${i}: `+
"character maps to <undefined>")}}
return decoded}
return s}
var encode=$B.encode=function(){var $=$B.args("encode",3,{s:null,encoding:null,errors:null},arguments,{encoding:"utf-8",errors:"strict"})
var s=$.s,encoding=$.encoding,errors=$.errors
var t=[],pos=0,enc=normalise(encoding)
switch(enc){case "utf-8":
case "utf_8":
case "utf8":
if(errors=='surrogatepass'){
for(var ch of s){var cp=ch.codePointAt(0)
if(cp <=0x7f){t.push(cp)}else if(cp <=0x7ff){t.push(0xc0+(cp >> 6),0x80+(cp & 0x3f))}else if(cp <=0xffff){t.push(0xe0+(cp >> 12),0x80+((cp >> 6)& 0x3f),0x80+(cp & 0x3f))}else{
t.push(0xf0+(cp >> 18),0x80+((cp >> 12)& 0x3f),0x80+((cp >> 6)& 0x3f),0x80+(cp & 0x3f))}}
break}
if(errors=='strict'){
var m,re=/[\ud800-\udbff][\udc00-\udfff]|([\ud800-\udfff])/g
while(m=re.exec(s)){if(m[1]){$UnicodeEncodeError(encoding,m[1].charCodeAt(0),m.index,"surrogates not allowed")}}}
if(globalThis.TextEncoder){var encoder=new TextEncoder('utf-8',{fatal:true})
try{
var array=encoder.encode(s)
return fast_bytes(Array.from(array))}catch(err){}}
for(let i=0,len=s.length;i < len;i++){let cp=s.charCodeAt(i)
if(cp <=0x7f){t.push(cp)}else if(cp <=0x7ff){t.push(0xc0+(cp >> 6),0x80+(cp & 0x3f))}else if(cp <=0xffff){t.push(0xe0+(cp >> 12),0x80+((cp & 0xfff)>> 6),0x80+(cp & 0x3f))}else{
console.log("4 bytes")}}
break
case "utf_8_sig":
t.push(0xef,0xbb,0xbf)
for(let byte of encode(s,'utf-8',errors).source){t.push(byte)}
break
case "utf_16":
case "utf_16_le":
case "utf_16_be":{let be=enc=='utf_16_be'
if(enc=='utf_16'){t.push(0xff,0xfe)}
for(let i=0;i < s.length;i++){let u=s.charCodeAt(i)
if(be){t.push((u >> 8)& 0xff,u & 0xff)}else{
t.push(u & 0xff,(u >> 8)& 0xff)}}
break}
case "utf_32":
case "utf_32_le":
case "utf_32_be":{let be=enc=='utf_32_be'
if(enc=='utf_32'){t.push(0xff,0xfe,0,0)}
for(let ch of s){let cp=ch.codePointAt(0)
if(be){t.push((cp >> 24)& 0xff,(cp >> 16)& 0xff,(cp >> 8)& 0xff,cp & 0xff)}else{
t.push(cp & 0xff,(cp >> 8)& 0xff,(cp >> 16)& 0xff,(cp >> 24)& 0xff)}}
break}
case "latin":
case "latin1":
case "latin-1":
case "latin_1":
case "L1":
case "iso8859":
case "iso8859_1":
case "iso_8859_1":
case "8859":
case "cp819":
case "windows1252":
for(let i=0,len=s.length;i < len;i++){let cp=s.charCodeAt(i)
if(cp <=255){t[pos++]=cp}else if(errors !="ignore"){$UnicodeEncodeError(encoding,i)}}
break
case "ascii":
for(let i=0,len=_b_.str.mp_length(s);i < len;i++){let cp=s.charCodeAt(i),
char=_b_.str.mp_subscript(s,i)
if(cp <=127){t[pos++]=cp}else if(errors=="backslashreplace"){let hex=_b_.hex(_b_.ord(char))
if(hex.length < 5){hex='\\x'+'0'.repeat(4-hex.length)+hex.substr(2)}else if(hex.length < 7){hex='\\u'+'0'.repeat(6-hex.length)+hex.substr(2)}else{
hex='\\U'+'0'.repeat(10-hex.length)+hex.substr(2)}
for(let char of hex){t[pos++]=char.charCodeAt(0)}}else if(errors !=='ignore'){$UnicodeEncodeError(encoding,i)}}
break
case "unicode_escape":
var escapes={'\\':'\\\\','\n':'\\n','\r':'\\r','\t':'\\t'}
for(let char of s){let cp=char.codePointAt(0),esc=escapes[char]
if(esc===undefined){if(cp >=0x20 && cp < 0x7f){esc=char}else if(cp < 0x100){esc='\\x'+cp.toString(16).padStart(2,'0')}else if(cp < 0x10000){esc='\\u'+cp.toString(16).padStart(4,'0')}else{
esc='\\U'+cp.toString(16).padStart(8,'0')}}
for(let j=0;j < esc.length;j++){t[pos++]=esc.charCodeAt(j)}}
break
case "raw_unicode_escape":
for(let i=0,len=s.length;i < len;i++){let cp=s.charCodeAt(i)
if(cp < 256){t[pos++]=cp}else{
let us=cp.toString(16)
if(us.length % 2){us="0"+us}
us="\\u"+us
for(let j=0;j < us.length;j++){t[pos++]=us.charCodeAt(j)}}}
break
default:
try{
load_encoder(enc)}catch(err){$B.RAISE(_b_.LookupError,"unknown encoding: "+encoding)}
return $B.$call(from_unicode[enc],s)[0]}
return fast_bytes(t)}
function fast_bytes(t){return{
ob_type:_b_.bytes,source:t ??[]}}
$B.fast_bytes=fast_bytes
bytes.$factory=function(){var[args,kw]=$B.parse_args_kw('bytes',arguments)
return bytes.tp_new(bytes,Array.from(args),kw)}
_b_.bytes.tp_richcompare=function(self,other,op){if(! $B.is_bytes(other)){return _b_.NotImplemented}
return _b_.list.tp_richcompare(
$B.$list(self.source),$B.$list(other.source),op)}
_b_.bytes.nb_multiply=function(){var $=$B.args('__mul__',2,{self:null,other:null},arguments)
var _self=$.self,_other=$.other
if(_self.source===undefined && _other && _other.source !==undefined){var _t=_self
_self=_other
_other=_t}
var other=$B.PyNumber_Index(_other)
var t=[],source=_self.source,slen=source.length
for(var i=0;i < other;i++){for(var j=0;j < slen;j++){t.push(source[j])}}
var res=bytes.$factory()
res.source=t
return res}
_b_.bytes.nb_remainder=function(){return nb_remainder.apply(null,arguments)}
_b_.bytes.tp_repr=function(self){var t=$B.special_string_repr,
res=""
for(var i=0,len=self.source.length;i < len;i++){var s=self.source[i]
if(t[s]!==undefined){res+=t[s]}else if(s < 32 ||s >=128){var hx=s.toString(16)
hx=(hx.length==1 ? '0' :'')+hx
res+='\\x'+hx}else if(s=="\\".charCodeAt(0)){res+="\\\\"}else{
res+=String.fromCharCode(s)}}
if(res.indexOf("'")>-1 && res.indexOf('"')==-1){return 'b"'+res+'"'}else{
return "b'"+res.replace(new RegExp("'","g"),"\\'")+"'"}}
_b_.bytes.tp_hash=function(self){if(self===undefined){return bytes.__hashvalue__ ||$B.$py_next_hash--}
var hash=1
for(var i=0,len=self.source.length;i < len;i++){hash=(101*hash+self.source[i])& 0xFFFFFFFF}
return hash}
_b_.bytes.tp_str=function(self){return _b_.bytes.tp_repr(self)}
_b_.bytes.tp_iter=function(self){return{
ob_type:bytes_iterator,obj:self,len:self.source.length,index:-1}}
_b_.bytes.tp_new=function(cls,args,kw){return _new(cls,args,kw)}
_b_.bytes.mp_length=function(self){return self.source.length}
_b_.bytes.mp_subscript=function(self,arg){if($B.is_int(arg)){arg=$B.int_value(arg)
let pos=arg
if(arg < 0){pos=self.source.length+pos}
if(pos >=0 && pos < self.source.length){return self.source[pos]}
$B.RAISE(_b_.IndexError,"index out of range")}else if($B.$isinstance(arg,_b_.slice)){let s=_b_.slice.$conv_for_seq(arg,self.source.length)
var start=s.start,stop=s.stop,step=s.step
var cls=$B.$isinstance(self,bytearray)? bytearray :bytes
let res=[],pos=0
if(step > 0){stop=Math.min(stop,self.source.length)
if(stop <=start){return cls.$factory([])}
for(let i=start;i < stop;i+=step){res[pos++]=self.source[i]}}else{
if(stop >=start){return cls.$factory([])}
stop=Math.max(0,stop)
for(let i=start;i >=stop;i+=step){res[pos++]=self.source[i]}}
return cls.$factory(res)}
$B.RAISE(_b_.TypeError,`byte indices must be integers or slices, not ${$B.class_name(arg)}`
)}
_b_.bytes.sq_concat=function(self,other){var $=$B.args('__add__',2,{self:null,other:null},arguments)
var self=$.self,other=$.other
if(! is_bytes_like(other)){$B.RAISE(_b_.TypeError,`can't concat ${$B.class_name(other)} to bytes`)}
return{
ob_type:$B.get_class(self),source:self.source.concat(get_list_from_bytes_like(other))}}
_b_.bytes.sq_contains=function(self,other){if(typeof other=="number"){return self.source.indexOf(other)>-1}
if(self.source.length < other.source.length){return false}
var to_str=function(src){var parts=[]
for(var k=0;k < src.length;k+=32768){parts.push(String.fromCharCode.apply(null,Array.prototype.slice.call(src,k,k+32768)))}
return parts.join('')}
return to_str(self.source).indexOf(to_str(other.source))>-1}
_b_.bytes.bf_getbuffer=function(self,flags){return $B.$call(_b_.memoryview,self)}
var bytes_funcs=_b_.bytes.tp_funcs={}
bytes_funcs.__sizeof__=function(self){
return 33+(self.source ? self.source.length :0)}
bytes_funcs.__bytes__=function(self){if($B.exact_type(self,_b_.bytes)){return self}
return{
ob_type:_b_.bytes,source:self.source.slice()}}
bytes_funcs.__getnewargs__=function(self){return bytes.$getnewargs($B.single_arg('__getnewargs__','self',arguments))}
bytes_funcs.capitalize=function(self){return capitalize.apply(null,arguments)}
bytes_funcs.center=function(self){return center.apply(null,arguments)}
bytes_funcs.count=function(self){return count.apply(null,arguments)}
bytes_funcs.decode=function(self){var $=$B.args('decode',3,{self:null,encoding:null,errors:null},arguments,{encoding:'utf-8',errors:'strict'})
var self=$.self,encoding=$.encoding,errors=$.errors
return decode(self,encoding,errors)}
bytes_funcs.endswith=function(self){return endswith.apply(null,arguments)}
bytes_funcs.expandtabs=function(self){return expandtabs.apply(null,arguments)}
bytes_funcs.find=function(self,sub){return find.apply('find',arguments)}
bytes_funcs.fromhex=function(self){return fromhex.apply(null,arguments)}
bytes_funcs.hex=function(){return hex.apply(null,arguments)}
bytes_funcs.index=function(){var $=$B.args('index',4,{self:null,sub:null,start:null,end:null},arguments,{start:0,end:-1})
var index=bytes_funcs.find($.self,$.sub,$.start,$.end)
if(index==-1){$B.RAISE(_b_.ValueError,"subsection not found")}
return index}
bytes_funcs.isalnum=function(){return isalnum.apply(null,arguments)}
bytes_funcs.isalpha=function(){return isalpha.apply(null,arguments)}
bytes_funcs.isascii=function(){return isascii.apply(null,arguments)}
bytes_funcs.isdigit=function(){return isdigit.apply(null,arguments)}
bytes_funcs.islower=function(){return islower.apply(null,arguments)}
bytes_funcs.isspace=function(){return isspace.apply(null,arguments)}
bytes_funcs.istitle=function(){return istitle.apply(null,arguments)}
bytes_funcs.isupper=function(){return isupper.apply(null,arguments)}
bytes_funcs.join=function(){return join.apply(_b_.bytes,arguments)}
bytes_funcs.ljust=function(){return ljust.apply(bytes,arguments)}
bytes_funcs.lower=function(){return lower.apply(_b_.bytes,arguments)}
bytes_funcs.lstrip=function(self,cars){var $=$B.args('lstrip',2,{self:null,cars:null},arguments,{cars:ws_cars})
var self=$.self,cars=$.cars
return strip.call(_b_.bytes,self,cars,'l')}
bytes_funcs.maketrans=function(){return maketrans.apply(_b_.bytes,arguments)}
bytes_funcs.partition=function(){return partition.apply(_b_.bytes,arguments)}
bytes_funcs.removeprefix=function(){return removeprefix.apply(null,arguments)}
bytes_funcs.removesuffix=function(){return removesuffix.apply(null,arguments)}
bytes_funcs.replace=function(){return replace.apply(_b_.bytes,arguments)}
bytes_funcs.rfind=function(){return find.apply('rfind',arguments)}
bytes_funcs.rindex=function(){var $=$B.args('rfind',4,{self:null,sub:null,start:null,end:null},arguments,{start:0,end:-1})
var index=bytes_funcs.rfind($.self,$.sub,$.start,$.end)
if(index==-1){$B.RAISE(_b_.ValueError,"subsection not found")}
return index}
bytes_funcs.rjust=function(){return rjust.apply(_b_.bytes,arguments)}
bytes_funcs.rpartition=function(){return rpartition.apply(_b_.bytes,arguments)}
bytes_funcs.rsplit=function(){return rsplit.apply(_b_.bytes,arguments)}
bytes_funcs.rstrip=function(){var $=$B.args('lstrip',2,{self:null,cars:null},arguments,{cars:ws_cars})
var self=$.self,cars=$.cars
return strip.call(_b_.bytes,self,cars,'r')}
bytes_funcs.split=function(){return split.apply(_b_.bytes,arguments)}
bytes_funcs.splitlines=function(){return splitlines.apply(_b_.bytes,arguments)}
bytes_funcs.startswith=function(self){return startswith.apply(_b_.bytes,arguments)}
bytes_funcs.strip=function(){var $=$B.args('lstrip',2,{self:null,cars:null},arguments,{cars:ws_cars})
var self=$.self,cars=$.cars
var stripped_right=strip.call(_b_.bytes,self,cars,'r')
return strip.call(_b_.bytes,stripped_right,cars,'l')}
bytes_funcs.swapcase=function(){return swapcase.apply(_b_.bytes,arguments)}
bytes_funcs.title=function(){return title.apply(_b_.bytes,arguments)}
bytes_funcs.translate=function(){return translate.apply(_b_.bytes,arguments)}
bytes_funcs.upper=function(){return upper.apply(null,arguments)}
bytes_funcs.zfill=function(){return zfill.apply(_b_.bytes,arguments)}
_b_.bytes.tp_methods=["__sizeof__","__getnewargs__","__bytes__","capitalize","center","count","decode","endswith","expandtabs","find","hex","index","isalnum","isalpha","isascii","isdigit","islower","isspace","istitle","isupper","join","ljust","lower","lstrip","partition","replace","removeprefix","removesuffix","rfind","rindex","rjust","rpartition","rsplit","rstrip","split","splitlines","startswith","strip","swapcase","title","translate","upper","zfill"
]
_b_.bytes.classmethods=["fromhex"]
_b_.bytes.staticmethods=["maketrans"]
$B.set_func_names(bytes,"builtins")
$B.bytes_decode=_b_.bytes.tp_funcs.decode })(__BRYTHON__);
;
(function($B){var _b_=$B.builtins
$B.memory_iterator.tp_iter=function(self){return self}
$B.memory_iterator.tp_iternext=function*(self){for(var item of self.it){yield item}}
var memory_iterator_funcs=$B.memory_iterator.tp_funcs={}
var memoryview=_b_.memoryview
memoryview.$factory=function(obj){$B.check_nb_args_no_kw('memoryview',1,arguments)
if($B.get_class(obj)===memoryview){return obj}
if(! $B.is_buffer(obj)){
var buffer_meth=$B.$getattr(obj,'__buffer__',$B.NULL)
if(buffer_meth !==$B.NULL){var mv=$B.$call(buffer_meth,0)
if($B.get_class(mv)!==memoryview){$B.RAISE(_b_.TypeError,`__buffer__ should return memoryview, not ${$B.class_name(mv)}`)}
return mv}
$B.RAISE(_b_.TypeError,"memoryview: a bytes-like object "+
"is required, not '"+$B.class_name(obj)+"'"
)}
obj.exports=obj.exports ?? 0
obj.exports++
var res={ob_type:memoryview,obj:obj,mbuf:null,format:'B',itemsize:1,ndim:1,shape:_b_.tuple.$factory([_b_.len(obj)]),strides:_b_.tuple.$factory([1]),suboffsets:_b_.tuple.$factory([]),c_contiguous:true,f_contiguous:true,contiguous:true}
return res}
memoryview.$match_sequence_pattern=true,
memoryview.$buffer_protocol=true
memoryview.$not_basetype=true 
memoryview.$is_sequence=true
function memoryview_eq(self,other){var other_obj=$B.get_class(other)===memoryview ? other.obj :other
var eq=$B.$getattr($B.get_class(self.obj),'__eq__')
return $B.$call(eq,self.obj,other_obj)===true}
var struct_format={'x':{'size':1},'b':{'size':1},'B':{'size':1},'c':{'size':1},'s':{'size':1},'p':{'size':1},'h':{'size':2},'H':{'size':2},'i':{'size':4},'I':{'size':4},'l':{'size':4},'L':{'size':4},'q':{'size':8},'Q':{'size':8},'f':{'float':true,'size':4},'d':{'float':true,'size':8},'P':{'size':8}}
var dataview_getter={'b':'getInt8','B':'getUint8','c':'getUint8','s':'getUint8','p':'getUint8','x':'getUint8','h':'getInt16','H':'getUint16','i':'getInt32','I':'getUint32','l':'getInt32','L':'getUint32','q':'getBigInt64','Q':'getBigUint64','P':'getBigUint64','f':'getFloat32','d':'getFloat64'}
const MEMORYVIEW={RELEASED:0x001,
C:0x002,
FORTRAN:0x004,
SCALAR:0x008,
PIL:0x010,
RESTRICTED:0x020 }
memoryview.tp_dealloc=function(self){if(! self.$released){memoryview.tp_funcs.release(self)}}
_b_.memoryview.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,[_b_.memoryview,_b_.bytes,_b_.bytearray])){return _b_.NotImplemented}
var res
switch(op){case '__eq__':
res=memoryview_eq(self,other)
break
case '__ne__':
res=! memoryview_eq(self,other)
break
default:
res=_b_.NotImplemented
break}
return res}
_b_.memoryview.sq_ass_item=function(self,key,value){try{
$B.$setitem(self.obj,key,value)}catch(err){$B.RAISE(_b_.TypeError,"cannot modify read-only memory")}}
_b_.memoryview.tp_repr=function(self){if(self.flags & MEMORYVIEW.RELEASED){return "<released memory>"}else{
return "<memory>"}}
_b_.memoryview.tp_hash=function(self){$B.RAISE(_b_.NotImplementedError,'__hash__')}
_b_.memoryview.tp_iter=function(self){return{
ob_type:$B.memory_iterator,it:$B.make_js_iterator(self.obj)}}
_b_.memoryview.tp_new=function(cls,args,kw){return memoryview.$factory.apply(null,args)}
_b_.memoryview.mp_length=function(self){return _b_.len(self.obj)/self.itemsize}
_b_.memoryview.mp_subscript=function(self,key){var res
if($B.is_int(key)){var nb_items=_b_.memoryview.mp_length(self)
if(key < 0){key+=nb_items}
if(key < 0 ||key >=nb_items){$B.RAISE(_b_.IndexError,"index out of bounds on dimension 1")}
var start=key*self.itemsize
var view=new DataView(
Uint8Array.from(self.obj.source.slice(start,start+self.itemsize)).buffer)
res=view[dataview_getter[self.format]](0,true)
return typeof res=='bigint' ? _b_.int.$int_or_long(res):
struct_format[self.format].float ? $B.fast_float(res):res}
var getitem=$B.$getattr($B.get_class(self.obj),'__getitem__',$B.NULL)
if(getitem !==$B.NULL){res=$B.$call(getitem,self.obj,key)}
if($B.get_class(key)===_b_.slice){var mv=memoryview.$factory(res)
var step=key.step
if(step !==undefined && step !==_b_.None && step !==1 && step !==1n){mv.c_contiguous=false
mv.f_contiguous=false
mv.contiguous=false}
return mv}}
_b_.memoryview.bf_getbuffer=function(self){self.exports++
return self}
_b_.memoryview.bf_releasebuffer=function(self){self.exports--}
var memoryview_funcs=_b_.memoryview.tp_funcs={}
memoryview_funcs.__class_getitem__=function(){return $B.$class_getitem.apply(null,arguments)}
memoryview_funcs.__enter__=function(self){return self}
memoryview_funcs.__exit__=function(self){memoryview.tp_funcs.release(self)}
memoryview_funcs._from_flags=function(self){}
memoryview_funcs.c_contiguous_get=function(self){return self.c_contiguous}
memoryview_funcs.c_contiguous_set=_b_.None
memoryview_funcs.cast=function(self,format,shape){if(! struct_format.hasOwnProperty(format)){$B.RAISE(_b_.ValueError,`unknown format: '${format}'`)}
var new_itemsize=struct_format[format].size
if(shape===undefined){shape=_b_.len(self)}else{
if(! $B.$isinstance(shape,[_b_.list,_b_.tuple])){$B.RAISE(_b_.TypeError,'shape must be a list or a tuple')}
var nb=1
for(var item of shape){if(! $B.is_int(item)){$B.RAISE(_b_.TypeError,'memoryview.cast(): elements of shape must be integers')}
nb*=item}
if(nb*new_itemsize !=_b_.len(self)){$B.RAISE(_b_.TypeError,'memoryview: product(shape) * itemsize != buffer size')}}
if(_b_.len(self.obj)% new_itemsize !=0){$B.RAISE(_b_.TypeError,"memoryview: length is not "+
"a multiple of itemsize")}
var res=memoryview.$factory(self.obj)
res.format=format
res.itemsize=new_itemsize
return res}
memoryview_funcs.contiguous_get=function(self){return self.contiguous}
memoryview_funcs.contiguous_set=_b_.None
memoryview_funcs.count=function(self){var $=$B.args('count',2,{self:null,value:null},arguments)
var self=$.self,value=$.value
var iter=_b_.memoryview.tp_iter(self)
var count=0
for(var item of $B.make_js_iterator(iter)){if($B.is_or_equals(item,value)){count++}}
return count}
memoryview_funcs.f_contiguous_get=function(self){return self.f_contiguous}
memoryview_funcs.f_contiguous_set=_b_.None
memoryview_funcs.format_get=function(self){return self.format}
memoryview_funcs.format_set=_b_.None
memoryview_funcs.hex=function(self){var res='',bytes=_b_.bytes.$factory(self)
for(let item of bytes.source){res+=item.toString(16)}
return res}
memoryview_funcs.index=function(self){var $=$B.args('index',4,{self:null,value:null,start:null,stop:null},arguments,{start:0,stop:$B.max_int})
var self=$.self,value=$.value,start=$.start,stop=$.stop
if(self.ndim==0){$B.RAISE(_b_.TypeError,"invalid lookup on 0-dim memory")}
if(self.ndim==1){var n=self.shape[0]
if(start < 0){start=Math.max(start+n,0)}
if(stop < 0){stop=Math.max(stop+n,0)}
stop=Math.min(stop,n)
start=Math.min(start,stop)
for(let index=start;index < stop;index++){var item=_b_.memoryview.mp_subscript(self,index)
if($B.is_or_equals(item,value)){return index}}
$B.RAISE(_b_.ValueError,"memoryview.index(x): x not found")}
$B.RAISE(_b_.NotImplementedError,"multi-dimensional lookup is not implemented"
)}
memoryview_funcs.itemsize_get=function(self){return self.itemsize}
memoryview_funcs.itemsize_set=_b_.None
memoryview_funcs.nbytes_get=function(self){var product=1
for(var x of self.shape){product*=x}
var isize=self.itemsize
if(isize===1){var src=$B.$getattr(self.obj,'itemsize',null)
if(src !==null && $B.is_int(src)){isize=src}}
return product*isize}
memoryview_funcs.nbytes_set=_b_.None
memoryview_funcs.ndim_get=function(self){return self.ndim}
memoryview_funcs.ndim_set=_b_.None
memoryview_funcs.obj_get=function(self){return self.obj}
memoryview_funcs.obj_set=_b_.None
memoryview_funcs.readonly_get=function(self){return $B.is_bytes(self.obj)}
memoryview_funcs.readonly_set=_b_.None
memoryview_funcs.release=function(self){if(self.$released){return}
self.$released=true
self.obj.exports-=1}
memoryview_funcs.shape_get=function(self){return self.shape}
memoryview_funcs.shape_set=_b_.None
memoryview_funcs.strides_get=function(self){return self.strides}
memoryview_funcs.strides_set=_b_.None
memoryview_funcs.suboffsets_get=function(self){return self.suboffsets}
memoryview_funcs.suboffsets_set=_b_.None
memoryview_funcs.tobytes=function(self){if($B.$isinstance(self.obj,[_b_.bytes,_b_.bytearray])){return{
ob_type:_b_.bytes,source:self.obj.source}}else if($B.imported.array){var array=$B.module_getattr($B.imported.array,'array')
if($B.$isinstance(self.obj,array)){
return array.tp_funcs.tobytes(self.obj)}}
$B.RAISE(_b_.TypeError,'cannot run tobytes with '+$B.class_name(self.obj))}
memoryview_funcs.tolist=function(self){var res=[]
for(var i=0,len=_b_.memoryview.mp_length(self);i < len;i++){res.push(_b_.memoryview.mp_subscript(self,i))}
return $B.$list(res)}
memoryview_funcs.toreadonly=function(self){
var res=memoryview.$factory(self.obj)
res.readonly=1
return res}
_b_.memoryview.tp_methods=["release","tobytes","hex","tolist","cast","toreadonly","count","index","__enter__","__exit__"]
_b_.memoryview.classmethods=["_from_flags","__class_getitem__"]
_b_.memoryview.tp_getset=["obj","nbytes","readonly","itemsize","format","ndim","shape","strides","suboffsets","c_contiguous","f_contiguous","contiguous"]
$B.set_func_names(memoryview,"builtins")})(__BRYTHON__)
;
"use strict";
(function($B){var _b_=$B.builtins,$N=_b_.None
function make_new_set(type){var res={ob_type:type,$store:Object.create(null),$version:0,$used:0}
res[Symbol.iterator]=function*(){var version=res.$version
for(var item of set_iter(res)){yield item
if(res.$version !=version){$B.RAISE(_b_.RuntimeError,'Set changed size during iteration')}}}
return res}
function make_new_set_base_type(so){return $B.$isinstance(so,set)?
set.$factory():
frozenset.$factory()}
function set_add(so,item,hash){hash=hash ?? $B.$hash(item)
var stored=so.$store[hash]
if(stored){
if(set_contains(so,item,hash)){return}
stored[stored.length]=item}else{
so.$store[hash]=[item]}
so.$used++
so.$version++}
$B.set_add=set_add
function set_contains(so,key,hash){return !! set_lookkey(so,key,hash)}
$B.set_has=set_contains
function set_copy(obj){var res=make_new_set_base_type(obj)
for(var hash in obj.$store){res.$store[hash]=obj.$store[hash].slice()}
res.$used=obj.$used
return res}
var set=_b_.set
function set_copy_and_difference(so,other){var result=set_copy(so)
set_difference_update(result,other)
return result}
function set_difference(so,other){var other_size,other_is_dict
if($B.$isinstance(other,[set,frozenset])){other_size=set.mp_length(other)}else if($B.is_dict(other)){other_size=_b_.dict.mp_length(other)
other_is_dict=true}else{
return set_copy_and_difference(so,other)}
if(set.mp_length(so)>> 2 > other_size){return set_copy_and_difference(so,other)}
var result=make_new_set()
if(other_is_dict){for(let entry of set_iter_with_hash(so)){if(! _b_.dict.$contains(other,entry.item,entry.hash)){set_add(result,entry.item,entry.hash)}}
return result}
for(let entry of set_iter_with_hash(so)){if(! set_contains(other,entry.item,entry.hash)){set_add(result,entry.item,entry.hash)}}
result.ob_type=$B.get_class(so)
return result}
function set_difference_update(so,other){if(so===other){return set.tp_funcs.clear(so)}
if($B.$isinstance(other,[set,frozenset])){for(let entry of set_iter_with_hash(other)){set_discard_entry(so,entry.item,entry.hash)}}else if($B.is_dict(other)){for(let entry of _b_.dict.$iter_items(other)){set_discard_entry(so,entry.key,entry.hash)}}else{
var iterator=$B.make_js_iterator(other)
for(let key of iterator){set_discard_key(so,key)}}}
const DISCARD_NOTFOUND=0
function set_discard_entry(so,key,hash){var entry=set_lookkey(so,key,hash)
if(! entry){return DISCARD_NOTFOUND}
if(so.$store[entry.hash]!==undefined){
set_remove(so,entry.hash,entry.index)}}
function set_discard_key(so,key){return set_discard_entry(so,key)}
function*set_iter(so){var ordered_keys=Object.keys(so.$store).sort()
for(var hash of ordered_keys){if(so.$store[hash]!==undefined){for(var item of so.$store[hash]){yield item}}}}
function*set_iter_with_hash(so){for(var hash in so.$store){if(so.$store[hash]!==undefined){for(var item of so.$store[hash]){yield{item,hash}}}}}
function set_remove(so,hash,index){so.$store[hash].splice(index,1)
if(so.$store[hash].length==0){delete so.$store[hash]}
so.$used--}
function set_intersection(so,other){
if(so===other){return set_copy(so)}
var result=make_new_set_base_type(so)
if($B.$isinstance(other,[set,frozenset])){if(other.$used > so.$used){var tmp=so
so=other
other=tmp}
for(let entry of set_iter_with_hash(other)){if(set_contains(so,entry.item,entry.hash)){set_add(result,entry.item,entry.hash)}}}else if($B.is_dict(other)){for(let entry of _b_.dict.$iter_items(other)){if(set_contains(so,entry.key,entry.hash)){set_add(result,entry.key,entry.hash)}}}else{
let iterator=$B.make_js_iterator(other)
for(var other_item of iterator){var test=set_contains(so,other_item)
if(test){set_add(result,other_item)}}}
return result}
function set_intersection_multi(so,args){var result=set_copy(so)
if(args.length==0){return result}
for(var other of args){result=set_intersection(result,other)}
return result}
function set_lookkey(so,key,hash){
if(hash===undefined){try{
hash=$B.$hash(key)}catch(err){if($B.$isinstance(key,set)){hash=$B.$hash(frozenset.$factory(key))}else{
if(err.args && err.args[0]){err.args[0]=`cannot use '${$B.class_name(key)}' as `+
`a set element (${err.args[0]})`}
throw err}}}
var items=so.$store[hash]
if(items===undefined){return false}
for(var index=0,len=so.$store[hash].length;index < len;index++){if($B.is_or_equals(key,items[index])){return{hash,index}}}
return false}
function set_swap_bodies(a,b){var temp=set_copy(a)
set.tp_funcs.clear(a)
a.$used=b.$used
a.$store=b.$store
b.$used=temp.$used
b.$store=temp.$store}
function set_symmetric_difference_update(so,other){if(so==other){return set.tp_funcs.clear(so)}
if($B.is_dict(other)){for(let entry of _b_.dict.$iter_items(other)){let rv=set_discard_entry(so,entry.key,entry.hash)
if(rv==DISCARD_NOTFOUND){set_add(so,entry.key,entry.hash)}}}else if($B.$isinstance(other,[set,frozenset])){for(let entry of set_iter_with_hash(other)){let rv=set_discard_entry(so,entry.item,entry.hash)
if(rv==DISCARD_NOTFOUND){set_add(so,entry.item,entry.hash)}}}else{
return set_symmetric_difference_update(so,set.$factory(other))}
return _b_.None}
function set_eq(self,other){if($B.$isinstance(other,[_b_.set,_b_.frozenset])){if(self.$used !=other.$used){return false}
for(var hash in self.$store){if(other.$store[hash]===undefined){return false}
var in_self=self.$store[hash],in_other=other.$store[hash]
if(in_self===undefined ||in_other===undefined){
return false}
if(in_self.length !=in_other.length){return false}
if(in_self.length==1){if(! $B.is_or_equals(in_self[0],in_other[0])){return false}}else{
in_self=in_self.slice()
in_other=in_other.slice()
for(var self_item of in_self){var found=false
for(var i=0,len=in_other.length;i < len;i++){if($B.is_or_equals(self_item,in_other[i])){in_other.splice(i,1)
found=true
break}}
if(! found){return false}}}}
return true}
return _b_.NotImplemented}
function set_le(self,other){
if($B.$isinstance(other,[set,frozenset])){return set.tp_funcs.issubset(self,other)}
return _b_.NotImplemented}
function set_lt(self,other){if($B.$isinstance(other,[set,frozenset])){return set_le(self,other)&&
set.mp_length(self)< set.mp_length(other)}else{
return _b_.NotImplemented}}
function set_ge(self,other){if($B.$isinstance(other,[set,frozenset])){return set_le(other,self)}
return _b_.NotImplemented}
function set_gt(self,other){if($B.$isinstance(other,[set,frozenset])){return set_lt(other,self)}
return _b_.NotImplemented}
set.__format__=function(self){return set.tp_repr(self)}
var set_iterator=$B.make_builtin_class('set_iterator')
set_iterator.tp_iter=function(self){return self}
set_iterator.__length_hint__=function(self){return self.so.$used}
set_iterator.tp_iternext=function*(self){for(var item of self.it){if(self.so.$version !=self.version){$B.RAISE(_b_.RuntimeError,"Set changed size during iteration")}
yield item}}
set_iterator.__reduce_ex__=function(self){return $B.fast_tuple([_b_.iter,$B.fast_tuple([set_make_items(self.so)])])}
$B.set_func_names(set_iterator,'builtins')
function set_make_items(so){
var items=[]
for(var hash in so.$store){items=items.concat(so.$store[hash])}
return $B.$list(items)}
function set_repr(self){
var klass_name=$B.class_name(self)
if(self.$used===0){return klass_name+"()"}
var head=klass_name+"({",tail="})"
if(head=="set({"){head="{";tail="}"}
var res=[]
if($B.repr.enter(self)){return klass_name+"(...)"}
for(var item of set_iter(self)){var r=_b_.repr(item)
if(r===self ||r===item){res.push("{...}")}else{res.push(r)}}
res=res.join(", ")
$B.repr.leave(self)
return head+res+tail}
set.$literal=function(items){let res=make_new_set(set)
for(let item of items){if(item.constant){set_add(res,item.constant[0],item.constant[1])}else if(item.starred){for(let _item of $B.make_js_iterator(item.starred)){set_add(res,_item)}}else{
set_add(res,item.item)}}
return res}
set.$factory=function(){var args=Array.from(arguments)
var self=set.tp_new(set,args)
if(args[0]===_b_.None){args=[[]]}
set.tp_init(self,...args)
return self}
_b_.set.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,[_b_.set,_b_.frozenset])){return _b_.NotImplemented}
var res
switch(op){case '__eq__':
res=set_eq(self,other)
break
case '__ne__':
res=! set_eq(self,other)
break
case '__lt_':
res=set_lt(self,other)
break
case '__le__':
res=set_le(self,other)
break
case '__ge__':
res=set_ge(self,other)
break
case '__gt__':
res=set_gt(self,other)
break
default:
res=_b_.NotImplemented
break}
return res}
_b_.set.nb_subtract=function(self,other){
if(! $B.$isinstance(self,[set,frozenset])||
! $B.$isinstance(other,[set,frozenset])){return _b_.NotImplemented}
return set_difference(self,other)}
_b_.set.nb_and=function(self,other){if(! $B.$isinstance(self,[set,frozenset])||
! $B.$isinstance(other,[set,frozenset])){return _b_.NotImplemented}
return set_intersection(self,other)}
_b_.set.nb_xor=function(self,other){
if(! $B.$isinstance(self,[set,frozenset])||
! $B.$isinstance(other,[set,frozenset])){return _b_.NotImplemented}
var res=make_new_set()
for(let entry of set_iter_with_hash(self)){if(! set_contains(other,entry.item,entry.hash)){set_add(res,entry.item,entry.hash)}}
for(let entry of set_iter_with_hash(other)){if(! set_contains(self,entry.item,entry.hash)){set_add(res,entry.item,entry.hash)}}
res.ob_type=$B.get_class(self)
return res}
_b_.set.nb_or=function(self,other){if(! $B.$isinstance(self,[set,frozenset])||
! $B.$isinstance(other,[set,frozenset])){return _b_.NotImplemented}
return set_funcs.union(self,other)}
_b_.set.tp_repr=function(self){$B.builtins_repr_check(set,arguments)
return set_repr(self)}
_b_.set.tp_hash=_b_.None
_b_.set.tp_iter=function(self){return{
ob_type:set_iterator,so:self,it:set_iter(self),version:self.$version}}
_b_.set.tp_init=function(self,iterable){if(iterable===_b_.None){return _b_.None}
$B.check_nb_args_no_kw('set',2,arguments)
if(Object.keys(self.$store).length > 0){set.clear(self)}
set_funcs.update(self,iterable)
return _b_.None}
_b_.set.tp_new=function(cls,args,kw){var[iterable]=$B.unpack_args('set',args,['iterable'],{iterable:_b_.None})
var res=make_new_set(cls)
if(cls !==_b_.set){$B.init_dict(res)}
return res}
_b_.set.nb_inplace_subtract=function(self,other){if(! $B.$isinstance(self,_b_.set)||
! $B.$isinstance(other,[set,frozenset])){return _b_.NotImplemented}
set_difference_update(self,other)
return self}
_b_.set.nb_inplace_and=function(self,other){if(! $B.$isinstance(self,_b_.set)||
! $B.$isinstance(other,[set,frozenset])){return _b_.NotImplemented}
set_funcs.intersection_update(self,other)
return self}
_b_.set.nb_inplace_xor=function(self,other){if(! $B.$isinstance(self,_b_.set)||
! $B.$isinstance(other,[set,frozenset])){return _b_.NotImplemented}
set_funcs.symmetric_difference_update(self,other)
return self}
_b_.set.nb_inplace_or=function(self,other){if(! $B.$isinstance(self,_b_.set)||
! $B.$isinstance(other,[set,frozenset])){return _b_.NotImplemented}
set_funcs.update(self,other)
return self}
_b_.set.mp_length=function(self){return self.$used}
_b_.set.sq_contains=function(self,item){return set_contains(self,item)}
var set_funcs=_b_.set.tp_funcs={}
set_funcs.__class_getitem__=function(cls,items){return $B.$class_getitem(cls,items)}
set_funcs.__reduce__=function(self){
var d=$B.get_dict(self)
return $B.fast_tuple([$B.get_class(self),$B.fast_tuple([set_make_items(self)]),d && _b_.len(d)? d :_b_.None])}
set_funcs.__sizeof__=function(self){}
set_funcs.add=function(self,item){$B.check_nb_args_no_kw('set.add',2,arguments)
set_add(self,item)
return _b_.None}
set_funcs.clear=function(self){$B.check_nb_args_no_kw('set.clear',1,arguments)
self.$used=0
self.$store=Object.create(null)
self.$version++
return $N}
set_funcs.copy=function(self){$B.check_nb_args_no_kw('copy',1,arguments)
return set_copy(self)}
set_funcs.difference=function(self){var $=$B.args("difference",1,{self:null},arguments,null,"args")
if($.args.length==0){return set_copy($.self)}
var res=set_copy($.self)
for(var arg of $.args){if($B.$isinstance(arg,[set,frozenset])){for(var entry of set_iter_with_hash(arg)){set_discard_entry(res,entry.item,entry.hash)}}else{
var other=set.$factory(arg)
res=set_funcs.difference(res,other)}}
return res}
set_funcs.difference_update=function(self){var $=$B.args("difference_update",1,{self:null},arguments,null,"args",null)
for(var arg of $.args){set_difference_update(self,arg)}
self.$version++
return _b_.None}
set_funcs.discard=function(self,item){$B.check_nb_args_no_kw('set.discard',2,arguments)
var result=set_discard_entry(self,item)
if(result !=DISCARD_NOTFOUND){self.$version++}
return _b_.None}
set_funcs.intersection=function(self){var $=$B.args("difference",1,{self:null},arguments,null,"args",null)
if($.args.length==0){return set_copy($.self)}
return set_intersection_multi($.self,$.args)}
set_funcs.intersection_update=function(self){
var $=$B.args("intersection_update",1,{self:null},arguments,null,"args",null)
var self=$.self,args=$.args
var temp=set_intersection_multi(self,args)
set_swap_bodies(self,temp)
self.$version++
return _b_.None}
set_funcs.isdisjoint=function(self,other){
$B.check_nb_args_no_kw('set.isdisjoint',2,arguments)
var intersection=set_intersection(self,other)
return intersection.$used==0}
set_funcs.issubset=function(self,other){
$B.check_nb_args_no_kw('set.issubset',2,arguments)
if($B.$isinstance(other,[set,frozenset])){if(set.mp_length(self)> set.mp_length(other)){return false}
for(let entry of set_iter_with_hash(self)){if(! set_lookkey(other,entry.item,entry.hash)){return false}}
return true}else if($B.is_dict(other)){for(let entry of _b_.dict.$iter_items(self)){if(! set_lookkey(other,entry.key,entry.hash)){return false}}
return true}else{
var member_func=$B.member_func(other)
for(let entry of set_iter_with_hash(self)){if(! member_func(entry.item)){return false}}
return true}}
set_funcs.issuperset=function(self,other){
$B.check_nb_args_no_kw('set.issuperset',2,arguments)
if($B.$isinstance(other,[set,frozenset])){return set_funcs.issubset(other,self)}else{
return set_funcs.issubset(set.$factory(other),self)}}
set_funcs.pop=function(self){if(arguments.length > 1){$B.RAISE(_b_.TypeError,`set.pop() takes no arguments`+
` (${arguments.length - 1} given)`)}
for(var hash in self.$store){break}
if(hash===undefined){$B.RAISE(_b_.KeyError,'pop from an empty set')}
var item
item=self.$store[hash].pop()
if(self.$store[hash].length==0){delete self.$store[hash]}
self.$used--
self.$version++
return item}
set_funcs.remove=function(self,item){
$B.check_nb_args_no_kw('set.remove',2,arguments)
var result=set_discard_entry(self,item)
if(result==DISCARD_NOTFOUND){$B.RAISE(_b_.KeyError,item)}
self.$version++
return _b_.None}
set_funcs.symmetric_difference=function(self,other){
$B.check_nb_args_no_kw('set.symmetric_difference',2,arguments)
var res=set_copy(self)
set_symmetric_difference_update(res,other)
return res}
set_funcs.symmetric_difference_update=function(self,s){
$B.check_nb_args_no_kw('set.symmetric_difference_update',2,arguments)
return set_symmetric_difference_update(self,s)}
set_funcs.union=function(self){var $=$B.args("union",1,{self:null},arguments,null,"args",null)
let res=set_copy($.self)
if($.args.length==0){return res}
for(let arg of $.args){if($B.$isinstance(arg,[set,frozenset])){for(let entry of set_iter_with_hash(arg)){set_add(res,entry.item,entry.hash)}}else if($B.get_class(arg)===_b_.dict){
for(let entry of _b_.dict.$iter_items(arg)){set_add(res,entry.key,entry.hash)}}else{
let other=set.$factory(arg)
res=set.tp_funcs.union(res,other)}}
return res}
set_funcs.update=function(self){
var $=$B.args("update",1,{self:null},arguments,null,"args")
for(var iterable of $.args){if(Array.isArray(iterable)){for(let i=0;i < iterable.length;i++){set_add(self,iterable[i])}}else if($B.$isinstance(iterable,[set,frozenset])){for(let entry of set_iter_with_hash(iterable)){set_add(self,entry.item,entry.hash)}}else if($B.is_dict(iterable)){for(let entry of _b_.dict.$iter_items(iterable)){set_add(self,entry.key,entry.hash)}}else{
var iterator=$B.make_js_iterator(iterable)
for(let item of iterator){set_add(self,item)}}}
self.$version++
return _b_.None}
_b_.set.tp_methods=["add","clear","copy","discard","difference","difference_update","intersection","intersection_update","isdisjoint","issubset","issuperset","pop","__reduce__","remove","__sizeof__","symmetric_difference","symmetric_difference_update","union","update"
]
_b_.set.classmethods=["__class_getitem__"]
$B.set_func_names(set,"builtins")
var frozenset=_b_.frozenset
_b_.frozenset.tp_funcs={}
frozenset.$factory=function(){var self=frozenset.tp_new(frozenset,Array.from(arguments),$B.empty_dict())
frozenset.tp_init(self,...arguments)
return self}
for(var attr in set){switch(attr){case "add":
case "clear":
case "discard":
case "pop":
case "remove":
case "update":
case "tp_funcs":
case "tp_methods":
case "classmethods":
break
default:
if(frozenset[attr]==undefined){if(typeof set[attr]=="function"){frozenset[attr]=(function(x){return function(){return set[x].apply(null,arguments)}})(attr)}else{
frozenset[attr]=set[attr]}}}}
frozenset.tp_hash=function(self){if(self===undefined){return frozenset.__hashvalue__ ||$B.$py_next_hash--}
if(self.__hashvalue__ !==undefined){return self.__hashvalue__}
var _hash=1927868237
_hash*=self.$used
for(var entry of set_iter_with_hash(self)){var _h=entry.hash
if(typeof _h=='bigint'){
_h=Number(BigInt.asIntN(32,_h))}
_hash ^=((_h ^ 89869747)^(_h << 16))*3644798167}
_hash=_hash*69069+907133923
if(_hash==-1){_hash=590923713}
return self.__hashvalue__=_hash}
frozenset.tp_init=function(){
return _b_.None}
frozenset.tp_new=function(cls,args,kw){var[iterable]=$B.unpack_args('frozenset',args,['iterable'],{iterable:_b_.None})
var self=make_new_set(cls)
if(cls !==frozenset){$B.init_dict(self)}
if(iterable===_b_.None){return self}
if(cls===frozenset && $B.get_class(iterable)===frozenset){return iterable}
set_funcs.update(self,iterable)
return self}
frozenset.tp_repr=function(self){$B.builtins_repr_check(frozenset,arguments)
return set_repr(self)}
_b_.frozenset.tp_methods=["copy","difference","intersection","isdisjoint","issubset","issuperset","__reduce__","__sizeof__","symmetric_difference","union"
]
_b_.frozenset.classmethods=["__class_getitem__"]
for(var tp_method of _b_.frozenset.tp_methods){_b_.frozenset.tp_funcs[tp_method]=_b_.set.tp_funcs[tp_method]}
$B.set_func_names(frozenset,"builtins")})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
var escape2cp=$B.escape2cp={b:'\b',f:'\f',n:'\n',r:'\r',t:'\t',v:'\v'}
$B.surrogates=function(s){
var surrogates=[],j=0
for(var i=0,len=s.length;i < len;i++){var cp=s.codePointAt(i)
if(cp >=0x10000){surrogates.push(j)
i++}
j++}
return surrogates}
$B.String=function(s){var srg=$B.surrogates(s)
return srg.length==0 ? s :$B.make_String(s,srg)}
$B.make_String=function(s,surrogates){var res=new String(s)
res.ob_type=str
res.surrogates=surrogates
return res}
function pypos2jspos(s,pypos){
if(s.surrogates===undefined){return pypos}
var nb=0
while(s.surrogates[nb]< pypos){nb++}
return pypos+nb}
function jspos2pypos(s,jspos){
if(s.surrogates===undefined){return jspos}
var nb=0
while(s.surrogates[nb]+nb < jspos){nb++}
return jspos-nb}
function to_string(...args){if(args.length==1){return conv_str(args[0])}
var res=[]
for(var arg of args){res.push(conv_str(arg))}
return res}
function conv_str(obj){if(typeof obj=='string'){return obj}else if(obj.ob_type==str){return obj}else if($B.is_str(obj)){return obj.$brython_value}
return $B.NULL}
var str=_b_.str
str.$is_sequence=true
str.$to_string=to_string
function normalize_start_end($){var len
if(typeof $.self=="string"){len=$.self.length}else{
len=str.mp_length($.self)}
if($.start===null ||$.start===_b_.None){$.start=0}else if($.start < 0){$.start+=len
$.start=Math.max(0,$.start)}
if($.end===null ||$.end===_b_.None){$.end=len}else if($.end < 0){$.end+=len
$.end=Math.max(0,$.end)}
if(! $B.is_int($.start)||! $B.is_int($.end)){$B.RAISE(_b_.TypeError,"slice indices must be integers "+
"or None or have an __index__ method")}
if($.self.surrogates){$.js_start=pypos2jspos($.self,$.start)
$.js_end=pypos2jspos($.self,$.end)}}
function reverse(s){
return s.split("").reverse().join("")}
function check_str(obj,prefix){if(! $B.is_str(obj)){$B.RAISE(_b_.TypeError,(prefix ||'')+
"must be str, not "+$B.class_name(obj))}}
function to_chars(s){
s=to_string(s)
return Array.from(s)}
function preformat(_self,fmt){if(fmt.empty){return _b_.str.$factory(_self)}
if(fmt.type && fmt.type !="s"){$B.RAISE(_b_.ValueError,"Unknown format code '"+fmt.type+
"' for object of type 'str'")}
return _self}
function startswith(self,prefix,start,end){if(end===null){return self.startsWith(prefix,start)}else if(end < start){return false}else if(prefix.length > end-start){return false}else{
return self.startsWith(prefix,start)}}
str.$getitem_slice=function(_self,slice){var len=str.mp_length(_self),s=_b_.slice.$conv_for_seq(slice,len),start=pypos2jspos(_self,s.start),stop=pypos2jspos(_self,s.stop),step=s.step
var res=""
if(step > 0){if(stop <=start){return ""}
for(let i=start;i < stop;i+=step){res+=_self[i]}}else{
if(stop >=start){return ''}
for(let i=start;i > stop;i+=step){res+=_self[i]}}
return $B.String(res)}
var prefix=2,suffix=3
str.$getnewargs=function(self){return $B.fast_tuple([to_string(self)])}
$B.str_iterator.tp_iter=function(self){return self}
$B.str_iterator.tp_iternext=function*(self){for(var char of self.it){yield char}}
var str_iterator_funcs=$B.str_iterator.tp_funcs={}
str_iterator_funcs.__length_hint__=function(self){return self.len}
str_iterator_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.iter,$B.fast_tuple([self.obj]),0])}
str_iterator_funcs.__setstate__=function(self,value){self.it=self.obj[Symbol.iterator]()
for(var i=0;i < value;i++){self.it.next()}}
$B.str_iterator.tp_methods=["__length_hint__","__reduce__","__setstate__"]
$B.set_func_names($B.str_iterator,'builtins')
var number_check=function(s,flags){if(! $B.$isinstance(s,[_b_.int,_b_.float])){var type=flags.conversion_type
$B.RAISE(_b_.TypeError,`%${type} format: a real number `+
`is required, not ${$B.class_name(s)}`)}}
var get_char_array=function(size,char){if(size <=0){return ""}
return new Array(size+1).join(char)}
var format_padding=function(s,flags,minus_one){var padding=flags.padding
if(! padding){
return s}
s=s.toString()
padding=parseInt(padding,10)
if(minus_one){
padding-=1}
if(! flags.left){return get_char_array(padding-s.length,flags.pad_char)+s}else{
return s+get_char_array(padding-s.length,flags.pad_char)}}
const max_precision=2**31-4,max_repeat=2**30-1
var format_int_precision=function(val,flags){var precision=flags.precision
if(! precision){return _b_.str.$factory(val)}
precision=parseInt(precision,10)
if(precision > max_precision){$B.RAISE(_b_.OverflowError,'precision too large')}
var s
if($B.is_big_int(val)){s=$B.int_value(val).toString()}else{
s=val.toString()}
if(precision-s.length > max_repeat){$B.RAISE(_b_.OverflowError,'precision too large')}
if(s[0]==="-"){return "-"+"0".repeat(Math.max(0,precision-s.length+1))+
s.slice(1)}
return "0".repeat(Math.max(0,precision-s.length))+s}
var format_float_precision=function(val,upper,flags,modifier){var precision=flags.precision
if(isFinite(val)){return modifier(val,precision,flags,upper)}
if(val===Infinity){val="inf"}else if(val===-Infinity){val="-inf"}else{
val="nan"}
if(upper){return val.toUpperCase()}
return val}
var format_sign=function(val,flags){if(flags.sign){if(val >=0 ||isNaN(val)||val===Number.POSITIVE_INFINITY){return "+"}}else if(flags.space){if(val >=0 ||isNaN(val)){return " "}}
return ''}
var str_format=function(val,flags){
flags.pad_char=" " 
return format_padding(str.$factory(val),flags)}
var num_format=function(val,flags){number_check(val,flags)
if($B.$isinstance(val,_b_.float)){val=parseInt(val.value)}else if(! $B.is_int(val)){val=parseInt(val)}else if($B.$isinstance(val,_b_.bool)){val=val ? 1 :0}
var s=format_int_precision(val,flags)
if(flags.pad_char==="0"){if(val < 0){s=s.substring(1)
return "-"+format_padding(s,flags,true)}
var sign=format_sign(val,flags)
if(sign !==""){return sign+format_padding(s,flags,true)}}
return format_padding(format_sign(val,flags)+s,flags)}
var repr_format=function(val,flags){flags.pad_char=" " 
return format_padding(_b_.repr(val),flags)}
var ascii_format=function(val,flags,type){flags.pad_char=" " 
var ascii
if(type=='bytes'){var repr=_b_.repr(val)
ascii=_b_.str.tp_funcs.encode(repr,'ascii','backslashreplace')
ascii=$B.bytes_decode(ascii,'ascii')}else{
ascii=_b_.ascii(val)}
return format_padding(ascii,flags)}
var _float_helper=function(val,flags){number_check(val,flags)
if(flags.precision===undefined){if(! flags.decimal_point){flags.precision=6}else{
flags.precision=0}}else{
flags.precision=parseInt(flags.precision,10)
validate_precision(flags.precision)}
return $B.is_int(val)? val :val.value}
var validate_precision=function(precision){
if(precision > 20){precision=20}}
function handle_special_values(value,upper){var special
if(isNaN(value)){special=upper ? "NAN" :"nan"}else if(value==Number.POSITIVE_INFINITY){special=upper ? "INF" :"inf"}else if(value==Number.NEGATIVE_INFINITY){special=upper ? "-INF" :"-inf"}
return special}
var floating_point_format=function(value,upper,flags){var val=_float_helper(value,flags)
var special=handle_special_values(val,upper)
if(special){return format_padding(format_sign(val,flags)+special,flags)}
var p=flags.precision
if(p==0){p=1}
var exp_format=val.toExponential(p-1),e_index=exp_format.indexOf('e'),exp=parseInt(exp_format.substr(e_index+1)),res
function remove_zeros(v){if(flags.alternate){return v}
if(v.indexOf('.')>-1){while(v.endsWith('0')){v=v.substr(0,v.length-1)}
if(v.endsWith('.')){v=v.substr(0,v.length-1)}}
return v}
if(-4 <=exp && exp < p){
flags.precision=Math.max(0,p-1-exp)
res=floating_point_decimal_format(value,upper,flags)
res=remove_zeros(res)}else{
flags.precision=Math.max(0,p-1)
var delim=upper ? 'E' :'e',exp_fmt=floating_point_exponential_format(value,upper,flags),parts=exp_fmt.split(delim)
parts[0]=remove_zeros(parts[0])
res=parts.join(delim)}
return format_padding(format_sign(val,flags)+res,flags)}
var roundDownToFixed=$B.roundDownToFixed=function(v,d){if(d==0 && v.toString().indexOf('e')>-1){
return BigInt(v).toString()}
const mul=Math.pow(10,d)
var is_neg=v < 0
if(is_neg){v=-v}
var res_floor=(Math.floor(v*mul)/mul).toFixed(d),res_ceil=(Math.ceil(v*mul)/mul).toFixed(d),res
if(v-res_floor==res_ceil-v){
var last=res_floor[res_floor.length-1]
res=last.match(/[02468]/)? res_floor :res_ceil}else{
res=v-res_floor < res_ceil-v ? res_floor :res_ceil}
return is_neg ? '-'+res :res}
var floating_point_decimal_format=function(val,upper,flags){val=_float_helper(val,flags)
var unpadded=format_float_precision(val,upper,flags,function(val,precision,flags){
var res=roundDownToFixed(val,precision)
if(precision===0 && flags.alternate){res+='.'}
if(Object.is(val,-0)){res='-'+res}
return res})
return format_padding(format_sign(val,flags)+unpadded,flags)}
var _floating_exp_helper=function(val,precision,flags,upper){var is_neg=false,val_pos=val.toString()
if(val < 0){is_neg=true
val_pos=val_pos.substr(1)}else if(Object.is(val,-0)){is_neg=true}
var parts=val_pos.split('.'),exp=0,exp_sign='+',mant
if(parts[0]=='0'){if(parts[1]){exp_sign='-'
exp++
var i=0
while(parts[1][i]=='0'){i++}
exp+=i
mant=parts[1][i]
if(parts[1][i+1]){mant+='.'+parts[1].substr(i+1)}}else{
mant='0'}}else{
exp=parts[0].length-1
mant=parts[0][0]
if(parts[0].length > 1){mant+='.'+parts[0].substr(1)+(parts[1]||'')}else if(parts[1]){mant+='.'+parts[1]}}
mant=parseFloat(mant)
mant=roundDownToFixed(parseFloat(mant),precision)
if(parseFloat(mant)==10){
parts=mant.split('.')
parts[0]='1'
mant=parts.join('.')
exp=parseInt(exp)+(exp_sign=='+' ? 1 :-1)
if(exp==0){exp_sign='+'}}
if(flags.alternate && mant.indexOf('.')==-1){mant+='.'}
if(exp.toString().length==1){
exp='0'+exp}
return `${is_neg ? '-' : ''}${mant}${upper ? 'E' : 'e'}${exp_sign}${exp}`}
var floating_point_exponential_format=function(value,upper,flags){var val=_float_helper(value,flags)
return format_padding(format_sign(val,flags)+
format_float_precision(val,upper,flags,_floating_exp_helper),flags)}
$B.formatters={floating_point_format,floating_point_decimal_format,floating_point_exponential_format}
var signed_hex_format=function(val,upper,flags){var ret
if(! $B.is_int(val)){$B.RAISE(_b_.TypeError,`%X format: an integer is required, not ${$B.class_name(val)}`)}else if($B.$isinstance(val,_b_.bool)){val=val ? 1 :0}
ret=$B.int_value(val).toString(16)
ret=format_int_precision(ret,flags)
if(upper){ret=ret.toUpperCase()}
if(flags.pad_char==="0"){if(val < 0){ret=ret.substring(1)
ret="-"+format_padding(ret,flags,true)}
var sign=format_sign(val,flags)
if(sign !==""){ret=sign+format_padding(ret,flags,true)}}
if(flags.alternate){if(ret.charAt(0)==="-"){if(upper){ret="-0X"+ret.slice(1)}else{ret="-0x"+ret.slice(1)}}else{
if(upper){ret="0X"+ret}else{ret="0x"+ret}}}
return format_padding(format_sign(val,flags)+ret,flags)}
var octal_format=function(val,flags){number_check(val,flags)
var ret
ret=$B.int_value(val).toString(8)
ret=format_int_precision(ret,flags)
if(flags.pad_char==="0"){if(val < 0){ret=ret.substring(1)
ret="-"+format_padding(ret,flags,true)}
var sign=format_sign(val,flags)
if(sign !==""){ret=sign+format_padding(ret,flags,true)}}
if(flags.alternate){if(ret.charAt(0)==="-"){ret="-0o"+ret.slice(1)}else{ret="0o"+ret}}
return format_padding(ret,flags)}
function series_of_bytes(val,flags){if($B.get_class(val).$buffer_protocol){var it=_b_.iter(val),ints=[]
while(true){try{
ints.push(_b_.next(it))}catch(err){if($B.is_exc(err,_b_.StopIteration)){var b=_b_.bytes.$factory(ints)
return format_padding($B.bytes_decode(b,"ascii"),flags)}
throw err}}}else{
try{
var bytes_obj=$B.$getattr(val,"__bytes__")()
return format_padding($B.bytes_decode(bytes_obj),flags)}catch(err){if($B.is_exc(err,_b_.AttributeError)){$B.RAISE(_b_.TypeError,"%b does not accept '"+
$B.class_name(val)+"'")}
throw err}}}
var single_char_format=function(val,flags,type){if(type=='bytes'){if($B.is_int(val)){if($B.is_big_int(val)||val < 0 ||val > 255){$B.RAISE(_b_.OverflowError,"%c arg not in range(256)")}}else if($B.$isinstance(val,[_b_.bytes,_b_.bytearray])){if(val.source.length > 1){$B.RAISE(_b_.TypeError,"%c requires an integer in range(256) or a single byte")}
val=val.source[0]}}else{
if($B.is_str(val)){if(_b_.str.mp_length(val)==1){return val}
$B.RAISE(_b_.TypeError,"%c requires int or char")}else if(! $B.is_int(val)){$B.RAISE(_b_.TypeError,"%c requires int or char")}
if($B.is_big_int(val)){val=$B.int_value(val)
if((val < 0 ||val >=0x110000)||
(val < 0 ||val >=0x110000)){$B.RAISE(_b_.OverflowError,'%c arg not in range(0x110000)')}}}
return format_padding(_b_.chr(val),flags)}
var num_flag=function(c,flags){if(c==="0" && ! flags.padding && ! flags.decimal_point && ! flags.left){flags.pad_char="0"
return}
if(!flags.decimal_point){flags.padding=(flags.padding ||"")+c}else{
flags.precision=(flags.precision ||"")+c}}
var decimal_point_flag=function(val,flags){if(flags.decimal_point){
throw new UnsupportedChar()}
flags.decimal_point=true}
var neg_flag=function(val,flags){flags.pad_char=" " 
flags.left=true}
var space_flag=function(val,flags){flags.space=true}
var sign_flag=function(val,flags){flags.sign=true}
var alternate_flag=function(val,flags){flags.alternate=true}
var char_mapping={"b":series_of_bytes,"s":str_format,"d":num_format,"i":num_format,"u":num_format,"o":octal_format,"r":repr_format,"a":ascii_format,"g":function(val,flags){return floating_point_format(val,false,flags)},"G":function(val,flags){return floating_point_format(val,true,flags)},"f":function(val,flags){return floating_point_decimal_format(val,false,flags)},"F":function(val,flags){return floating_point_decimal_format(val,true,flags)},"e":function(val,flags){return floating_point_exponential_format(val,false,flags)},"E":function(val,flags){return floating_point_exponential_format(val,true,flags)},"x":function(val,flags){return signed_hex_format(val,false,flags)},"X":function(val,flags){return signed_hex_format(val,true,flags)},"c":single_char_format,"0":function(val,flags){return num_flag("0",flags)},"1":function(val,flags){return num_flag("1",flags)},"2":function(val,flags){return num_flag("2",flags)},"3":function(val,flags){return num_flag("3",flags)},"4":function(val,flags){return num_flag("4",flags)},"5":function(val,flags){return num_flag("5",flags)},"6":function(val,flags){return num_flag("6",flags)},"7":function(val,flags){return num_flag("7",flags)},"8":function(val,flags){return num_flag("8",flags)},"9":function(val,flags){return num_flag("9",flags)},"-":neg_flag," ":space_flag,"+":sign_flag,".":decimal_point_flag,"#":alternate_flag}
var UnsupportedChar=function(){this.name="UnsupportedChar"}
const conversion_flags='#0- +',length_modifiers='hlL',conversion_types='diouxXeEfFgGcrsa'
function parse_mod_format(s,type,pos){var flags={pad_char:' '},len=s.length,start_pos=pos,mo
pos++
while(pos < len){var char=s[pos]
if(char=='('){var end=s.substr(pos).indexOf(')')
if(end==-1){$B.RAISE(_b_.ValueError,'incomplete format key')}else{
flags.mapping_key=s.substr(pos+1,end-1)
pos+=end+1}}else if(conversion_flags.indexOf(char)>-1){flags.conversion_flag=char
if(char=='#'){flags.alternate=true}else if(char=='-'){flags.left=true}else if(char=='+'){flags.sign='+'}else if(char=='0'){flags.pad_char='0'}else if(char==' '){flags.space=true}
pos++}else if(char=='*'){flags.padding='*'
pos++}else if(mo=/^\d+/.exec(s.substr(pos))){flags.padding=mo[0]
pos+=mo[0].length}else if(char=='.'){pos++
if(s[pos]=='*'){flags.precision='*'
pos++}else if(mo=/^\d+/.exec(s.substr(pos))){flags.precision=mo[0]
pos+=mo[0].length}else{
flags.precision="0"}}else if(length_modifiers.indexOf(char)>-1){flags.length_modifier=char
pos++}else if((conversion_types.indexOf(char)>-1)||
(char=='b' && type=='bytes')){if(type=='bytes'){if(char=='s'){
char='b'}else if(char=='r'){char='a'}}
flags.conversion_type=char
flags.end=pos
flags.string=s.substring(start_pos,pos+1)
if(flags.left && flags.pad_char=='0'){
flags.pad_char=' '}
return flags}else{
$B.RAISE(_b_.ValueError,`invalid character in format: ${char}`)}}
$B.RAISE(_b_.ValueError,'invalid format')}
function is_mapping(obj){return _b_.hasattr(obj,'keys')&& _b_.hasattr(obj,'__getitem__')}
$B.printf_format=function(s,type,args){
var argpos=null,getitem
if($B.is_tuple(args)){argpos=0}else{
getitem=$B.$getattr(args,"__getitem__",_b_.None)}
var ret='',
nbph=0,
pos=0,
len=s.length
while(pos < len){var fmtpos=s.indexOf("%",pos)
if(fmtpos < 0){ret+=s.substring(pos)
break}
ret+=s.substring(pos,fmtpos)
pos=fmtpos
if(s[pos+1]=='%'){ret+='%'
pos+=2}else{
nbph++
if(nbph > 1){
if((! $B.is_tuple(args))&&
! is_mapping(args)){$B.RAISE(_b_.TypeError,"not enough arguments for format string")}}
var fmt=parse_mod_format(s,type,pos)
pos=fmt.end+1
if(fmt.padding=='*'){
if(args[argpos]===undefined){$B.RAISE(_b_.ValueError,'no value for field width *')}
fmt.padding=args[argpos]
argpos++}
if(fmt.precision=='*'){
if(args[argpos]===undefined){$B.RAISE(_b_.ValueError,'no value for precision *')}
fmt.precision=args[argpos]
argpos++}
var func=char_mapping[fmt.conversion_type],value
if(fmt.mapping_key !==undefined){value=$B.$call(getitem,fmt.mapping_key)}else{
if(argpos===null){value=args}else{
value=args[argpos]
if(value===undefined){$B.RAISE(_b_.TypeError,"not enough arguments for format string")}
argpos++}}
ret+=func(value,fmt,type)}}
if(argpos !==null){if(args.length > argpos){$B.RAISE(_b_.TypeError,"not all arguments converted during string formatting")}else if(args.length < argpos){$B.RAISE(_b_.TypeError,"not enough arguments for format string")}}else if(nbph==0 &&($B.is_str(args)||
$B.$getattr(args,'__getitem__',$B.NULL)===$B.NULL)){
$B.RAISE(_b_.TypeError,"not all arguments converted during string formatting")}
return ret}
var combining=[]
for(var cp=0x300;cp <=0x36F;cp++){combining.push(String.fromCharCode(cp))}
var combining_re=new RegExp("("+combining.join("|")+")","g")
$B.parse_format=function(fmt_string){
var elts=fmt_string.split(":"),name,conv,spec,name_ext=[]
if(elts.length==1){
name=fmt_string}else{
name=elts[0]
spec=elts.splice(1).join(":")}
elts=name.split("!")
if(elts.length > 1){name=elts[0]
conv=elts[1]}
if(name !==undefined){
function name_repl(match){name_ext.push(match)
return ""}
var name_ext_re=/\.[_a-zA-Z][_a-zA-Z0-9]*|\[[_a-zA-Z][_a-zA-Z0-9]*\]|\[[0-9]+\]/g
name=name.replace(name_ext_re,name_repl)}
return{name:name,name_ext:name_ext,conv:conv,spec:spec ||"",string:fmt_string}}
$B.split_format=function(s){
var pos=0,_len=s.length,car,text="",parts=[],rank=0
while(pos < _len){car=s.charAt(pos)
if(car=="{" && s.charAt(pos+1)=="{"){
text+="{"
pos+=2}else if(car=="}" && s.charAt(pos+1)=="}"){
text+="}"
pos+=2}else if(car=="{"){
parts.push(text)
var end=pos+1,nb=1
while(end < _len){if(s.charAt(end)=="{"){nb++;end++}else if(s.charAt(end)=="}"){nb--;end++
if(nb==0){
var fmt_string=s.substring(pos+1,end-1)
var fmt_obj=$B.parse_format(fmt_string)
fmt_obj.raw_name=fmt_obj.name
fmt_obj.raw_spec=fmt_obj.spec
if(!fmt_obj.name){fmt_obj.name=rank+""
rank++}
if(fmt_obj.spec !==undefined){
function replace_nested(name,key){if(key==""){
return "{"+rank+++"}"}
return "{"+key+"}"}
fmt_obj.spec=fmt_obj.spec.replace(/\{(.*?)\}/g,replace_nested)}
parts.push(fmt_obj)
text=""
break}}else{end++}}
if(nb > 0){$B.RAISE(_b_.ValueError,"wrong format "+s)}
pos=end}else{
text+=car
pos++}}
if(text){parts.push(text)}
return parts}
function unicode_categories_contain_character(categories,cp){for(let cat of categories){if($B.in_unicode_category(cat,cp)){return true}}
return false}
const alpha_categories=['Ll','Lu','Lm','Lt','Lo']
const numeric_re=/\p{Nd}|\p{Nl}|\p{No}/u
const unprintable_re=/\p{Cc}|\p{Cf}|\p{Co}|\p{Cs}|\p{Zl}|\p{Zp}|\p{Zs}/u
$B.make_str=function(arg){
switch(typeof arg){case "int":
case "bigint":
case "string":
case "number":
return arg.toString()
case "boolean":
return arg ? 'True' :'False'
default:
var klass=$B.get_class(arg)
if(!(klass.tp_flags & $B.TPFLAGS.HEAPTYPE)){var tp_str=$B.builtin_slot(klass,'tp_str',$B.NULL)
return tp_str(arg)}
var res
var test=klass.tp_name=='int'
var method=$B.search_in_mro(klass,'__str__',$B.NULL)
if(test){console.log('method',method)}
var getter=$B.NULL
if(method !==$B.NULL){getter=$B.search_in_mro($B.get_class(method),'__get__',$B.NULL)
if(getter !==$B.NULL){var method1=$B.$call(getter,method,arg,klass)
res=$B.$call(method1)}else{
var in_dict=$B.search_in_dict(arg,'__str__',$B.NULL)
if(in_dict===method){res=$B.$call(in_dict)}else{
res=$B.$call(method,arg)}}}else{
res=_b_.repr(arg)}
return res}}
str.$factory=function(){var[args,kw]=$B.parse_args_kw('str',arguments)
var[arg,encoding,errors]=args
if(args.length==0){return ''}
var kw_len=_b_.dict.mp_length(kw)
if(args.length==1 && kw_len==0){var res=$B.make_str(args[0])
if(typeof res=="string" ||$B.$isinstance(res,str)){return res}
$B.RAISE(_b_.TypeError,`${$B.class_name(args[0])}.__str__() must `+
`return a str, not ${$B.class_name(res)}`
)}
for(var entry of _b_.dict.$iter_items(kw)){switch(entry.key){case 'encoding':
if(encoding !==undefined){$B.RAISE(_b_.TypeError,`argument for str() given by name ('encoding') `+
'and position (2)'
)}
encoding=entry.value
break
case 'errors':
if(errors !==undefined){$B.RAISE(_b_.TypeError,`argument for str() given by name ('errors') `+
'and position (3)'
)}
errors=entry.value
break
default:
$B.RAISE(_b_.TypeError,`str() got an unexpected keyword: '${entry.key}'`
)}}
if(arg===''){return arg}
var res
encoding=encoding ?? $B.NULL
errors=errors ?? $B.NULL
if(encoding===$B.NULL && errors===$B.NULL){res=$B.make_str(arg)}else{
if(! $B.is_bytes_like(arg)){console.log(Error().stack)
$B.RAISE(_b_.TypeError,`decoding to str: need a bytes-like object, `+
`${$B.class_name(arg)} found`
)}
encoding=encoding===$B.NULL ? 'utf-8' :encoding
errors=errors===$B.NULL ? 'strict' :errors
if(! $B.is_str(encoding)){$B.RAISE(_b_.TypeError,`str() argument 'encoding' must be str, not ${$B.class_name(encoding)}`)}
if(! $B.is_str(errors)){$B.RAISE(_b_.TypeError,`str() argument 'errors' must be str, not ${$B.class_name(errors)}`)}
res=$B.bytes_decode(arg,encoding,errors)}
if($B.is_str(res)){return res}
$B.RAISE(_b_.TypeError,"__str__ returned non-string "+
`(type ${$B.class_name(res)})`)}
$B.parse_format_spec=function(spec,obj){if(spec==""){this.empty=true}else{
var pos=0,aligns="<>=^",digits="0123456789",types="bcdeEfFgGnosxX%",align_pos=aligns.indexOf(spec.charAt(0))
if(align_pos !=-1){if(spec.charAt(1)&& aligns.indexOf(spec.charAt(1))!=-1){
this.fill=spec.charAt(0)
this.align=spec.charAt(1)
pos=2}else{
this.align=aligns[align_pos]
this.fill=" "
pos++}}else{
align_pos=aligns.indexOf(spec.charAt(1))
if(spec.charAt(1)&& align_pos !=-1){
this.align=aligns[align_pos]
this.fill=spec.charAt(0)
pos=2}}
var car=spec.charAt(pos)
if(car=="+" ||car=="-" ||car==" "){this.sign=car
pos++
car=spec.charAt(pos)}
if(car=="z"){this.z=true
pos++
car=spec.charAt(pos)}
if(car=="#"){this.alternate=true
pos++
car=spec.charAt(pos)}
if(car=="0"){
this.fill="0"
if(align_pos==-1){this.align="="}
pos++
car=spec.charAt(pos)}
while(car && digits.indexOf(car)>-1){if(this.width===undefined){this.width=car}else{
this.width+=car}
pos++
car=spec.charAt(pos)}
if(this.width !==undefined){this.width=parseInt(this.width)}
if(this.width===undefined && car=="{"){
var end_param_pos=spec.substr(pos).search("}")
this.width=spec.substring(pos,end_param_pos)
pos+=end_param_pos+1}
if(car=="," ||car=="_"){this.comma=true
this.grouping_option=car
pos++
car=spec.charAt(pos)
if(car=="," ||car=="_"){if(car==this.grouping_option){$B.RAISE(_b_.ValueError,`Cannot specify '${car}' with '${car}'.`)}else{
$B.RAISE(_b_.ValueError,"Cannot specify both ',' and '_'.")}}}
if(car=="."){if(digits.indexOf(spec.charAt(pos+1))==-1){$B.RAISE(_b_.ValueError,"Missing precision in format spec")}
this.precision=spec.charAt(pos+1)
pos+=2
car=spec.charAt(pos)
while(car && digits.indexOf(car)>-1){this.precision+=car
pos++
car=spec.charAt(pos)}
this.precision=parseInt(this.precision)}
if(car && types.indexOf(car)>-1){this.type=car
pos++
car=spec.charAt(pos)}
if(pos !==spec.length){var err_msg=`Invalid format specifier '${spec}'`
if(obj){err_msg+=` for object of type '${$B.class_name(obj)}'`}
$B.RAISE(_b_.ValueError,err_msg)}}
this.toString=function(){return(this.fill===undefined ? "" :_b_.str.$factory(this.fill))+
(this.align ||"")+
(this.sign ||"")+
(this.alternate ? "#" :"")+
(this.sign_aware ? "0" :"")+
(this.width ||"")+
(this.comma ? "," :"")+
(this.precision ? "."+this.precision :"")+
(this.type ||"")}}
$B.format_width=function(s,fmt){if(fmt.width && s.length < fmt.width){var fill=fmt.fill ||" ",align=fmt.align ||"<",missing=fmt.width-s.length
switch(align){case "<":
return s+fill.repeat(missing)
case ">":
return fill.repeat(missing)+s
case "=":
if("+-".indexOf(s.charAt(0))>-1){return s.charAt(0)+fill.repeat(missing)+s.substr(1)}else{
return fill.repeat(missing)+s}
case "^":
var left=parseInt(missing/2)
return fill.repeat(left)+s+fill.repeat(missing-left)}}
return s}
function fstring_expression(start){this.type="expression"
this.start=start
this.expression=""
this.conversion=null
this.fmt=null}
function fstring_error(msg,pos){var error=Error(msg)
error.position=pos
throw error}
$B.parse_fstring=function(string){
var elts=[],pos=0,current="",ctype=null,nb_braces=0,expr_start,car
while(pos < string.length){if(ctype===null){car=string.charAt(pos)
if(car=="{"){if(string.charAt(pos+1)=="{"){ctype="string"
current="{"
pos+=2}else{
ctype="expression"
expr_start=pos+1
nb_braces=1
pos++}}else if(car=="}"){if(string.charAt(pos+1)==car){ctype="string"
current="}"
pos+=2}else{
fstring_error(" f-string: single '}' is not allowed",pos)}}else{
ctype="string"
current=car
pos++}}else if(ctype=="string"){
var i=pos
while(i < string.length){car=string.charAt(i)
if(car=="{"){if(string.charAt(i+1)=="{"){current+="{"
i+=2}else{
elts.push(current)
ctype="expression"
expr_start=i+1
pos=i+1
break}}else if(car=="}"){if(string.charAt(i+1)==car){current+=car
i+=2}else{
fstring_error(" f-string: single '}' is not allowed",pos)}}else{
current+=car
i++}}
pos=i+1}else if(ctype=="debug"){
while(string.charAt(i)==" "){i++}
if(string.charAt(i)=="}"){
elts.push(current)
ctype=null
current=""
pos=i+1}}else{
let i=pos,nb_paren=0
nb_braces=1
current=new fstring_expression(expr_start)
while(i < string.length){car=string.charAt(i)
if(car=="{" && nb_paren==0){nb_braces++
current.expression+=car
i++}else if(car=="}" && nb_paren==0){nb_braces-=1
if(nb_braces==0){
if(current.expression==""){fstring_error("f-string: empty expression not allowed",pos)}
elts.push(current)
ctype=null
current=""
pos=i+1
break}
current.expression+=car
i++}else if(car=="\\"){
throw Error("f-string expression part cannot include a"+
" backslash")}else if(nb_paren==0 && car=="!" && current.fmt===null &&
":}".indexOf(string.charAt(i+2))>-1){if(current.expression.length==0){throw Error("f-string: empty expression not allowed")}
if("ars".indexOf(string.charAt(i+1))==-1){throw Error("f-string: invalid conversion character:"+
" expected 's', 'r', or 'a'")}else{
current.conversion=string.charAt(i+1)
i+=2}}else if(car=="(" ||car=='['){nb_paren++
current.expression+=car
i++}else if(car==")" ||car==']'){nb_paren--
current.expression+=car
i++}else if(car=='"'){
if(string.substr(i,3)=='"""'){let end=string.indexOf('"""',i+3)
if(end==-1){fstring_error("f-string: unterminated string",pos)}else{
var trs=string.substring(i,end+3)
trs=trs.replace("\n","\\n\\")
current.expression+=trs
i=end+3}}else{
let end=string.indexOf('"',i+1)
if(end==-1){fstring_error("f-string: unterminated string",pos)}else{
current.expression+=string.substring(i,end+1)
i=end+1}}}else if(nb_paren==0 && car==":"){
current.fmt=true
var cb=0,fmt_complete=false
for(var j=i+1;j < string.length;j++){if(string[j]=='{'){if(string[j+1]=='{'){j+=2}else{
cb++}}else if(string[j]=='}'){if(string[j+1]=='}'){j+=2}else if(cb==0){fmt_complete=true
var fmt=string.substring(i+1,j)
current.format=$B.parse_fstring(fmt)
i=j
break}else{
cb--}}}
if(! fmt_complete){fstring_error('invalid format',pos)}}else if(car=="="){
var ce=current.expression,last_char=ce.charAt(ce.length-1),last_char_re=('()'.indexOf(last_char)>-1 ? "\\" :"")+last_char
if(ce.length==0 ||
nb_paren > 0 ||
string.charAt(i+1)=="=" ||
"=!<>:".search(last_char_re)>-1){
current.expression+=car
i+=1}else{
var tail=car
while(string.charAt(i+1).match(/\s/)){tail+=string.charAt(i+1)
i++}
elts.push(current.expression+tail)
while(ce.match(/\s$/)){ce=ce.substr(0,ce.length-1)}
current.expression=ce
ctype="debug"
i++}}else{
current.expression+=car
i++}}
if(nb_braces > 0){fstring_error("f-string: expected '}'",pos)}}}
if(current.length > 0){elts.push(current)}
for(var elt of elts){if(typeof elt=="object"){if(elt.fmt_pos !==undefined &&
elt.expression.charAt(elt.fmt_pos)!=':'){throw Error()}}}
return elts}
$B.codepoint2jsstring=function(i){if(i >=0x10000 && i <=0x10FFFF){var code=(i-0x10000)
return String.fromCodePoint(0xD800 |(code >> 10))+
String.fromCodePoint(0xDC00 |(code & 0x3FF))}else{
return String.fromCodePoint(i)}}
$B.jsstring2codepoint=function(c){if(c.length==1){return c.charCodeAt(0)}
var code=0x10000
code+=(c.charCodeAt(0)& 0x03FF)<< 10
code+=(c.charCodeAt(1)& 0x03FF)
return code}
_b_.str.tp_richcompare=function(self,other,op){if(! $B.is_str(other)){return _b_.NotImplemented}
[self,other]=to_string(self,other)
self+=''
other+=''
switch(op){case '__eq__':
return self==other
case '__ne__':
return self !=other
case '__lt__':
return self < other
case '__le__':
return self <=other
case '__ge__':
return self >=other
case '__gt__':
return self > other
default:
return _b_.NotImplemented}}
_b_.str.sq_repeat=function(self,other){$B.check_nb_args_no_kw('str.__mul__',2,arguments)
var _self=to_string(self)
if(! $B.is_int(other)){$B.RAISE(_b_.TypeError,"Can't multiply sequence by non-int of type '"+
$B.class_name(other)+"'")}
return _self.repeat(other < 0 ? 0 :other)}
_b_.str.nb_remainder=function(self,args){self=to_string(self)
if(self===$B.NULL){return _b_.NotImplemented}
var res=$B.printf_format(self,'str',args)
return $B.String(res)}
_b_.str.tp_repr=function(self){
self=to_string(self)
var t=$B.special_string_repr,
repl='',chars=to_chars(self)
for(var i=0;i < chars.length;i++){var cp=_b_.ord(chars[i])
if(t[cp]!==undefined){repl+=t[cp]}else if(/\p{Cn}/u.test(chars[i])){var s=cp.toString(16)
while(s.length < 4){s='0'+s}
repl+='\\u'+s}else if(cp < 0x20 ||(cp >=0x7f && cp < 0xa0)){cp=cp.toString(16)
if(cp.length < 2){cp='0'+cp}
repl+='\\x'+cp}else if(cp >=0x300 && cp <=0x36F){repl+="\u200B"+chars[i]+' '}else if(cp.toString(16)=='feff'){repl+='\\ufeff'}else{
repl+=chars[i]}}
var res=repl
if(res.search('"')==-1 && res.search("'")==-1){return "'"+res+"'"}else if(self.search('"')==-1){return '"'+res+'"'}
var qesc=new RegExp("'","g")
res="'"+res.replace(qesc,"\\'")+"'"
return res}
_b_.str.tp_hash=function(self){
var s=to_string(self)
let h1=0xdeadbeef,h2=0x41c6ce57
for(let i=0,ch;i < s.length;i++){ch=s.charCodeAt(i)
h1=Math.imul(h1 ^ ch,2654435761)
h2=Math.imul(h2 ^ ch,1597334677)}
h1=Math.imul(h1 ^(h1 >>> 16),2246822507)
h1 ^=Math.imul(h2 ^(h2 >>> 13),3266489909)
h2=Math.imul(h2 ^(h2 >>> 16),2246822507)
h2 ^=Math.imul(h1 ^(h1 >>> 13),3266489909)
return 4294967296*(2097151 & h2)+(h1 >>> 0)}
_b_.str.tp_str=function(self){self=to_string(self)
var repl='',chars=to_chars(self)
if(chars.length==self.length){return self.replace(combining_re,"\u200B$1")}
for(var i=0;i < chars.length;i++){var cp=_b_.ord(chars[i])
if(cp >=0x300 && cp <=0x36F){repl+="\u200B"+chars[i]}else{
repl+=chars[i]}}
return repl}
_b_.str.tp_iter=function(self){return{
ob_type:$B.str_iterator,obj:self,len:_b_.str.mp_length(self),it:self[Symbol.iterator]()}}
_b_.str.tp_new=function(cls,args,kw){if(cls===undefined){$B.RAISE(_b_.TypeError,"str.__new__(): not enough arguments")}
$B.check_expected_keywords('str',kw,['encoding','errors'])
var nb_kwargs=$B.str_dict_length(kw)
var nb_args=args.length+nb_kwargs
if(nb_args > 3){$B.RAISE(_b_.TypeError,`str() takes at most 3 arguments (${nb_args} given)`
)}
if(args.length==0){return ''}
var arg=args[0]
var encoding=$B.str_dict_get(kw,'encoding',$B.NULL)
var errors=$B.str_dict_get(kw,'errors',$B.NULL)
if(args.length > 2){if(errors !==$B.NULL){$B.RAISE(_b_.TypeError,`argument for str() given by name ('errors') and position (3)`
)}
errors=args[2]}
if(args.length > 1){if(encoding !==$B.NULL){$B.RAISE(_b_.TypeError,`argument for str() given by name ('encoding') and position (2)`
)}
encoding=args[1]}
if(cls===_b_.str){return str.$factory(arg,encoding,errors)}
var res={ob_type:cls,$brython_value:str.$factory(arg,encoding,errors)}
$B.init_dict(res)
return res}
_b_.str.mp_length=function(self){var s=self
self=to_string(self)
if(self===undefined){console.log('error',s)}
if(self.surrogates===undefined){return self.length}
if(self.len !==undefined){return self.len}
var len=self.len=self.length-self.surrogates.length
return len}
_b_.str.mp_subscript=function(self,arg){self=to_string(self)
if($B.is_int(arg)){var len=str.mp_length(self)
var pos=(typeof arg==='boolean')?+arg :arg
if(pos < 0){pos+=len}
if(pos >=0 && pos < len){var jspos=pypos2jspos(self,pos)
if(self.codePointAt(jspos)>=0x10000){return $B.String(self.substr(jspos,2))}else{
return self[jspos]}}
$B.RAISE(_b_.IndexError,"string index out of range")}
if($B.$isinstance(arg,_b_.slice)){return _b_.str.$getitem_slice(self,arg)}
if($B.$isinstance(arg,_b_.bool)){return self.__getitem__(_b_.int.$factory(arg))}
$B.RAISE(_b_.TypeError,"string indices must be integers")}
_b_.str.sq_concat=function(self,other){if(! $B.is_str(other)){return _b_.NotImplemented}
[self,other]=to_string(self,other)
if(typeof self=='string' && typeof other=='string'){return self+other}
return $B.String(self+other)}
_b_.str.sq_contains=function(self,item){if(! $B.is_str(item)){$B.RAISE(_b_.TypeError,"'in <string>' requires "+
"string as left operand, not "+$B.class_name(item))}
[self,item]=to_string(self,item)
return self.includes(item)}
var str_funcs=_b_.str.tp_funcs={}
str_funcs.__format__=function(self,format_spec){[self,format_spec]=to_string(self,format_spec)
var fmt=new $B.parse_format_spec(format_spec,self)
if(fmt.sign !==undefined){$B.RAISE(_b_.ValueError,"Sign not allowed in string format specifier")}
if(fmt.precision){self=self.substr(0,fmt.precision)}
fmt.align=fmt.align ||"<"
return $B.format_width(preformat(self,fmt),fmt)}
str_funcs.__getnewargs__=function(self){return str.$getnewargs($B.single_arg('__getnewargs__','self',arguments))}
str_funcs.__sizeof__=function(self){
var len=0,maxchar=0
for(var c of to_string(self)){c=c.codePointAt(0)
if(c > maxchar){maxchar=c}
len++}
if(maxchar < 0x80){return 40+len+1}
var kind=maxchar < 0x100 ? 1 :maxchar < 0x10000 ? 2 :4
return 56+(len+1)*kind}
str_funcs.capitalize=function(self){$B.check_nb_args_no_kw('str.capitalize',1,arguments)
var _self=to_string(self)
if(_self.length==0){return ""}
return _self.charAt(0).toUpperCase()+_self.substr(1).toLowerCase()}
str_funcs.casefold=function(self){$B.check_nb_args_no_kw('set.remove',1,arguments)
var res="",char,cf,_self=to_string(self),chars=to_chars(_self)
for(var i=0,len=chars.length;i < len;i++){char=chars[i]
cf=$B.unicode_casefold[char]
if(cf){for(let cp of cf){res+=String.fromCharCode(cp)}}else{
res+=char.toLowerCase()}}
return res}
str_funcs.center=function(){var $=$B.args("center",3,{self:null,width:null,fillchar:null},arguments,{fillchar:" "},null,null),self=to_string($.self)
if($.width <=self.length){return self}
var pad=parseInt(($.width-self.length)/2),res=$.fillchar.repeat(pad)
res+=self+res
if(res.length < $.width){res+=$.fillchar}
return res}
str_funcs.count=function(){var $=$B.args("count",4,{self:null,sub:null,start:null,stop:null},arguments,{start:null,stop:null},null,null),_self,sub
if(! $B.is_str($.sub)){$B.RAISE(_b_.TypeError,"Can't convert '"+$B.class_name($.sub)+
"' object to str implicitly")}
[_self,sub]=to_string($.self,$.sub)
var substr=_self
if($.start !==null){var _slice
if($.stop !==null){_slice=_b_.slice.$factory($.start,$.stop)}else{
_slice=_b_.slice.$factory($.start,_self.length)}
substr=str.mp_subscript.apply(null,[_self].concat(_slice))}else{
if(_self.length+sub.length==0){return 1}}
if(sub.length==0){if($.start==_self.length){return 1}else if(substr.length==0){return 0}
return substr.length+1}
var n=0,pos=0
while(pos < substr.length){pos=substr.indexOf(sub,pos)
if(pos >=0){n++
pos+=sub.length}else{
break}}
return n}
str_funcs.encode=function(){var $=$B.args("encode",3,{self:null,encoding:null,errors:null},arguments,{encoding:"utf-8",errors:"strict"},null,null),_self=to_string($.self)
if($.encoding=="rot13" ||$.encoding=="rot_13"){
var res=""
for(var i=0,len=_self.length;i < len ;i++){var char=_self.charAt(i)
if(("a" <=char && char <="m")||("A" <=char && char <="M")){res+=String.fromCharCode(char.charCodeAt(0)+13)}else if(("m" < char && char <="z")||
("M" < char && char <="Z")){res+=String.fromCharCode(char.charCodeAt(0)-13)}else{res+=char}}
return res}
return _b_.bytes.tp_new(_b_.bytes,[$.self,$.encoding,$.errors],$B.empty_dict())}
str_funcs.endswith=function(self,suffix){
if(arguments.length==2 && typeof suffix=='string'){return self.endsWith(suffix)}
var $=$B.args("endswith",4,{self:null,suffix:null,start:null,end:null},arguments,{start:0,end:null},null,null),_self
normalize_start_end($)
_self=to_string($.self)
var suffixes=$.suffix
if(! $B.is_tuple(suffixes)){suffixes=[suffixes]}
var chars=to_chars(_self),s=chars.slice($.start,$.end)
for(var i=0,len=suffixes.length;i < len;i++){var suffix=suffixes[i]
if(! $B.is_str(suffix)){$B.RAISE(_b_.TypeError,"endswith first arg must be str or a tuple of str, not int")}
suffix=suffix.ob_type ? suffix.$brython_value :suffix
if(suffix.length <=s.length &&
s.slice(s.length-suffix.length).join('')==suffix){return true}}
return false}
str_funcs.expandtabs=function(self){var $=$B.args("expandtabs",2,{self:null,tabsize:null},arguments,{tabsize:8},null,null),_self=to_string($.self)
var s=$B.PyNumber_Index($.tabsize),col=0,pos=0,res="",chars=to_chars(_self)
if(s <=0){return _self.replace(/\t/g,"")}
if(s==1){return _self.replace(/\t/g," ")}
while(pos < chars.length){var car=chars[pos]
switch(car){case "\t":
do{
res+=" "
col++}while(col % s !=0)
break
case "\r":
case "\n":
res+=car
col=0
break
default:
res+=car
col++
break}
pos++}
return res}
str_funcs.find=function(self,sub,start,end){
var args_length=arguments.length
if(args_length==2 && ! sub.$kw){start=0
end=_b_.None}else if(args_length==3 && ! start.$kw){end=_b_.None}else if(args_length==4 && ! end.$kw){}else{
var $=$B.args("str.find",4,{self:null,sub:null,start:null,end:null},arguments,{start:0,end:_b_.None},null,null)
self=$.self
sub=$.sub
start=$.start
end=$.end}
self=to_string(self)
check_str(sub)
var res
try{
start=$B.PyNumber_Index(start)}catch(err){$B.RAISE(_b_.TypeError,'slice indices must be integers or None or have an __index__ '+
'method')}
if(start < 0){start=Math.max(0,start+str.mp_length(self))}
res=self.indexOf(sub,pypos2jspos(self,start))
if(end !==_b_.None){try{
end=$B.PyNumber_Index(end)}catch(err){$B.RAISE(_b_.TypeError,'slice indices must be integers or None or have an __index__ '+
'method')}
if(end < 0){end+=str.mp_length(self)}
if(str.mp_length(sub)> end-start){res=-1}}
var len=str.mp_length(self)
if(sub==''){if(self==''){res==-1}else if(start==len){res=len}}
if(res==-1){return res}
return jspos2pypos(self,res)}
str_funcs.format=function(){
var last_arg=$B.last(arguments),$,mapping,getitem
if(last_arg.$nat=="mapping"){mapping=last_arg.mapping
getitem=$B.$getattr(mapping,"__getitem__")
var args=[]
for(let i=0,len=arguments.length-1;i < len;i++){args.push(arguments[i])}
$=$B.args("format",1,{self:null},args,null,"$args",null)}else{
$=$B.args("format",1,{self:null},arguments,null,"$args","$kw")
mapping=$.$kw,
getitem=function(key){return _b_.dict.$getitem(mapping,key)}}
var _self=to_string($.self),parts=$B.split_format(_self)
var res="",fmt
for(let i=0;i < parts.length;i++){
if(typeof parts[i]=="string"){res+=parts[i]
continue}
fmt=parts[i]
if(fmt.spec !==undefined){
function replace_nested(name,key){if(/\d+/.exec(key)){
return _b_.tuple.mp_subscript($.$args,parseInt(key))}else{
return _b_.dict.mp_subscript($.$kw,key)}}
fmt.spec=fmt.spec.replace(/\{(.*?)\}/g,replace_nested)}
var value
if(fmt.name.charAt(0).search(/\d/)>-1){
let pos=parseInt(fmt.name)
value=$B.$getitem($.$args,pos)}else{
value=$B.$call(getitem,fmt.name)}
for(var j=0;j < fmt.name_ext.length;j++){var ext=fmt.name_ext[j]
if(ext.charAt(0)=="."){
value=$B.$getattr(value,ext.substr(1))}else{
var key=ext.substr(1,ext.length-2)
if(key.charAt(0).search(/\d/)>-1){key=parseInt(key)}
value=$B.$call($B.$getattr(value,"__getitem__"),key)}}
if(fmt.conv=="a"){value=_b_.ascii(value)}else if(fmt.conv=="r"){value=_b_.repr(value)}else if(fmt.conv=="s"){value=_b_.str.$factory(value)}
if($B.is_type(value)){var format_func=$B.$getattr($B.get_class(value),'__format__')
res+=$B.$call(format_func,value,fmt.spec)}else{
res+=$B.$call($B.$getattr(value,"__format__"),fmt.spec)}}
return res}
str_funcs.format_map=function(self,mapping){$B.check_nb_args_no_kw('str.format_map',2,arguments)
var _self=to_string(self)
return str.tp_funcs.format(_self,{$nat:'mapping',mapping})}
str_funcs.index=function(){
var res=str.tp_funcs.find.apply(null,arguments)
if(res===-1){$B.RAISE(_b_.ValueError,"substring not found")}
return res}
str_funcs.isalnum=function(self){
$B.check_nb_args_no_kw('str.isalnum',1,arguments)
var _self=to_string(self)
if(_self.length==0){return false}
for(var char of _self){if(!(str_funcs.isalpha(char)||str_funcs.isdecimal(char)||
str_funcs.isdigit(char)||str_funcs.isnumeric(char))){return false}}
return true}
str_funcs.isalpha=function(self){
$B.check_nb_args_no_kw('str.isalpha',1,arguments)
var _self=to_string(self)
if(_self.length==0){return false}
for(var char of _self){if(!unicode_categories_contain_character(alpha_categories,_b_.ord(char))){return false}}
return true}
str_funcs.isascii=function(self){
$B.check_nb_args_no_kw('str.isascii',1,arguments)
var _self=to_string(self)
for(var i=0,len=_self.length;i < len;i++){if(_self.charCodeAt(i)> 127){return false}}
return true}
str_funcs.isdecimal=function(self){
$B.check_nb_args_no_kw('str.isdecimal',1,arguments)
var cp,_self=to_string(self)
for(var char of _self){cp=_b_.ord(char)
if(! $B.in_unicode_category('Nd',cp)){return false}}
return _self.length > 0}
str_funcs.isdigit=function(self){
$B.check_nb_args_no_kw('str.isdigit',1,arguments)
var cp,_self=to_string(self)
for(var char of _self){if(/\p{Nd}/u.test(char)){continue}
cp=_b_.ord(char)
if(! $B.in_unicode_category('No_digits',cp)){return false}}
return _self.length > 0}
str_funcs.isidentifier=function(self){
$B.check_nb_args_no_kw('str.isidentifier',1,arguments)
var _self=to_string(self)
if(_self.length==0){return false}
var chars=to_chars(_self)
if(! $B.is_XID_Start(_b_.ord(chars[0]))){return false}else{
for(var char of chars){var cp=_b_.ord(char)
if(! $B.is_XID_Continue(cp)){return false}}}
return true}
str_funcs.islower=function(self){
$B.check_nb_args_no_kw('str.islower',1,arguments)
var has_cased=false,cp,_self=to_string(self)
for(var char of _self){cp=_b_.ord(char)
if($B.in_unicode_category('Ll',cp)){has_cased=true
continue}else if($B.in_unicode_category('Lu',cp)||
$B.in_unicode_category('Lt',cp)){return false}}
return has_cased}
str_funcs.isnumeric=function(self){
$B.check_nb_args_no_kw('str.isnumeric',1,arguments)
var _self=to_string(self)
for(var char of _self){if((! numeric_re.test(char))&&
! $B.in_unicode_category('Lo_numeric',_b_.ord(char))){return false}}
return _self.length > 0}
str_funcs.isprintable=function(self){
$B.check_nb_args_no_kw('str.isprintable',1,arguments)
var _self=to_string(self)
for(var char of _self){if(char==' '){continue}
if(unprintable_re.test(char)){return false}}
return true}
str_funcs.isspace=function(self){
$B.check_nb_args_no_kw('str.isspace',1,arguments)
var cp,_self=to_string(self)
for(var char of _self){cp=_b_.ord(char)
if(! $B.in_unicode_category('Zs',cp)&&
$B.unicode_bidi_whitespace.indexOf(cp)==-1){return false}}
return _self.length > 0}
str_funcs.istitle=function(self){
$B.check_nb_args_no_kw('str.istitle',1,arguments)
var _self=to_string(self),cased=false,prev_cased=false
for(var ch of _self){var cp=_b_.ord(ch)
if($B.in_unicode_category('Lu',cp)||$B.in_unicode_category('Lt',cp)){if(prev_cased){return false}
prev_cased=true
cased=true}else if($B.in_unicode_category('Ll',cp)){if(!prev_cased){return false}
prev_cased=true
cased=true}else{
prev_cased=false}}
return cased}
str_funcs.isupper=function(self){
$B.check_nb_args_no_kw('str.isupper',1,arguments)
var is_upper=false,cp,_self=to_string(self)
for(var char of _self){cp=_b_.ord(char)
if($B.in_unicode_category('Lu',cp)){is_upper=true
continue}else if($B.in_unicode_category('Ll',cp)||
$B.in_unicode_category('Lt',cp)){return false}}
return is_upper}
str_funcs.join=function(self,iterable){$B.check_nb_args_no_kw('str.join',2,arguments)
var _self=to_string(self)
iterable=_b_.iter(iterable)
var res=[],count=0
while(1){try{
var obj2=_b_.next(iterable)
if(! $B.is_str(obj2)){console.log('str join',arguments)
$B.RAISE(_b_.TypeError,"sequence item "+count+
": expected str instance, "+$B.class_name(obj2)+
" found")}
res.push(obj2)
count++}catch(err){if($B.$isinstance(err,_b_.StopIteration)){break}else{
throw err}}}
return res.join(_self)}
str_funcs.ljust=function(self){var $=$B.args("ljust",3,{self:null,width:null,fillchar:null},arguments,{fillchar:" "},null,null),_self=to_string($.self),len=str.mp_length(_self)
if($.width <=len){return _self}
return _self+$.fillchar.repeat($.width-len)}
str_funcs.lower=function(self){$B.check_nb_args_no_kw('str.lower',1,arguments)
var _self=to_string(self)
return _self.toLowerCase()}
str_funcs.lstrip=function(self){var $=$B.args("lstrip",2,{self:null,chars:null},arguments,{chars:_b_.None},null,null),_self=$.self,chars=$.chars
if(chars===_b_.None){return _self.trimStart()}else if(! $B.is_str(chars)){$B.RAISE(_b_.TypeError,"lstrip arg must be None or str")}
[_self,chars]=to_string(_self,chars)
while(_self.length > 0){var flag=false
for(var char of chars){if(_self.startsWith(char)){_self=_self.substr(char.length)
flag=true
break}}
if(! flag){return $.self.surrogates ? $B.String(_self):_self}}
return ''}
str_funcs.maketrans=function(){var $=$B.args("maketrans",3,{x:null,y:null,z:null},arguments,{y:null,z:null},null,null)
var _t=$B.empty_dict()
if($.y===null && $.z===null){
if(! $B.is_dict($.x)){$B.RAISE(_b_.TypeError,"maketrans only argument must be a dict")}
var items=_b_.list.$factory(_b_.dict.tp_funcs.items($.x))
for(let i=0,len=items.length;i < len;i++){let k=items[i][0],v=items[i][1]
if(! $B.is_int(k)){if($B.is_str(k)&& k.length==1){k=_b_.ord(k)}else{$B.RAISE(_b_.TypeError,"dictionary key "+k+
" is not int or 1-char string")}}
if(v !==_b_.None && ! $B.$isinstance(v,[_b_.int,_b_.str])){$B.RAISE(_b_.TypeError,"dictionary value "+v+
" is not None, integer or string")}
_b_.dict.$setitem(_t,k,v)}
return _t}else{
if(!($B.is_str($.x)&& $B.is_str($.y))){$B.RAISE(_b_.TypeError,"maketrans arguments must be strings")}else if($.x.length !==$.y.length){$B.RAISE(_b_.TypeError,"maketrans arguments must be strings or same length")}else{
var toNone={}
if($.z !==null){
if(! $B.is_str($.z)){$B.RAISE(_b_.TypeError,"maketrans third argument must be a string")}
for(let i=0,len=$.z.length;i < len;i++){toNone[_b_.ord($.z.charAt(i))]=true}}
for(let i=0,len=$.x.length;i < len;i++){var key=_b_.ord($.x.charAt(i)),value=$.y.charCodeAt(i)
_b_.dict.$setitem(_t,key,value)}
for(let k in toNone){_b_.dict.$setitem(_t,parseInt(k),_b_.None)}
return _t}}}
str_funcs.partition=function(self,sep){$B.check_nb_args_no_kw('str.partition',2,arguments)
var _self
if(sep==""){$B.RAISE(_b_.ValueError,"empty separator")}
check_str(sep);
[_self,sep]=to_string(self,sep)
var chars=to_chars(_self),i=_self.indexOf(sep)
if(i==-1){return _b_.tuple.$factory([_self,"",""])}
return _b_.tuple.$factory([chars.slice(0,i).join(''),sep,chars.slice(i+sep.length).join('')])}
str_funcs.removeprefix=function(self,prefix){$B.check_nb_args_no_kw('str.removeprefix',2,arguments)
var _self
if(! $B.is_str(prefix)){$B.RAISE(_b_.ValueError,"prefix should be str, not "+
`'${$B.class_name(prefix)}'`)}
[_self,prefix]=to_string(self,prefix)
if(str.tp_funcs.startswith(_self,prefix)){return _self.substr(prefix.length)}
return _self.substr(0)}
str_funcs.removesuffix=function(self,suffix){$B.check_nb_args_no_kw('str.removesuffix',2,arguments)
var _self
if(! $B.is_str(suffix)){$B.RAISE(_b_.ValueError,"suffix should be str, not "+
`'${$B.class_name(suffix)}'`)}
[_self,suffix]=to_string(self,suffix)
if(suffix.length > 0 && str.tp_funcs.endswith(_self,suffix)){return _self.substr(0,_self.length-suffix.length)}
return _self.substr(0)}
str_funcs.replace=function(){
var $=$B.args("replace",4,{self:null,old:null,new:null,count:null},arguments,{count:-1},null,null),count=$.count,_self=$.self,old=$.old,_new=$.new
check_str(old,"replace() argument 1 ")
check_str(_new,"replace() argument 2 ")
if(! $B.$isinstance(count,[_b_.int,_b_.float])){$B.RAISE(_b_.TypeError,"'"+$B.class_name(count)+
"' object cannot be interpreted as an integer")}else if($B.$isinstance(count,_b_.float)){$B.RAISE(_b_.TypeError,"integer argument expected, got float")}
if(count==0){return _self}
if($B.is_big_int(count)){count=parseInt($B.int_value(count))}
[old,_new]=to_string(old,_new)
var elts
if(old==""){if(_new==""){return _self}
if(_self==""){return _new}
elts=_self.split("")
if(count >-1 && elts.length >=count){var rest=elts.slice(count).join("")
return _new+elts.slice(0,count).join(_new)+rest}else{
return _new+elts.join(_new)+_new}}else{
elts=str.tp_funcs.split(_self,old,count)}
var res=_self,pos=-1
if(old.length==0){res=_new
for(var i=0;i < elts.length;i++){res+=elts[i]+_new}
return res+rest}
if(count < 0){count=res.length}
while(count > 0){pos=res.indexOf(old,pos)
if(pos < 0){break}
res=res.substr(0,pos)+_new+res.substr(pos+old.length)
pos=pos+_new.length
count--}
return res}
str_funcs.rfind=function(){
var $=$B.args("rfind",4,{self:null,sub:null,start:null,end:null},arguments,{start:0,end:null},null,null)
normalize_start_end($)
check_str($.sub)
let[_self,sub]=to_string($.self,$.sub)
var len=str.mp_length(_self),sub_len=str.mp_length(sub)
if(sub_len==0){if($.js_start > len){return-1}else{
return str.mp_length(_self)}}
var js_start=pypos2jspos(_self,$.start),js_end=pypos2jspos(_self,$.end),ix=_self.substring(js_start,js_end).lastIndexOf(sub)
if(ix==-1){return-1}
return jspos2pypos(_self,js_start+ix)-$.start}
str_funcs.rindex=function(self){
var res=str.tp_funcs.rfind.apply(null,arguments)
if(res==-1){$B.RAISE(_b_.ValueError,"substring not found")}
return res}
str_funcs.rjust=function(){var $=$B.args("rjust",3,{self:null,width:null,fillchar:null},arguments,{fillchar:" "},null,null),_self=to_string($.self)
var len=str.mp_length(_self)
if($.width <=len){return _self}
return $B.String($.fillchar.repeat($.width-len)+_self)}
str_funcs.rpartition=function(self,sep){$B.check_nb_args_no_kw('str.rpartition',2,arguments)
check_str(sep)
var _self=reverse(self),sep=reverse(sep)
var items=str_funcs.partition(_self,sep).reverse()
for(var i=0;i < items.length;i++){items[i]=items[i].split("").reverse().join("")}
return items}
str_funcs.rsplit=function(){var $=$B.args("rsplit",3,{self:null,sep:null,maxsplit:null},arguments,{sep:_b_.None,maxsplit:-1},null,null)
let[_self,sep]=to_string($.self,$.sep)
var rev_str=reverse(_self),rev_sep=$.sep===_b_.None ? _b_.None :reverse(sep),rev_res=str.tp_funcs.split(rev_str,rev_sep,$.maxsplit)
rev_res.reverse()
for(var i=0;i < rev_res.length;i++){rev_res[i]=reverse(rev_res[i])}
return $B.$list(rev_res)}
str_funcs.rstrip=function(){var $=$B.args("rstrip",2,{self:null,chars:null},arguments,{chars:_b_.None},null,null)
var chars=$.chars,_self=to_string($.self)
if(chars===_b_.None){return _self.trimEnd()}else if(! $B.is_str(chars)){$B.RAISE(_b_.TypeError,"rstrip arg must be None or str")}
chars=to_string(chars)
while(_self.length > 0){var flag=false
for(var char of chars){if(_self.endsWith(char)){_self=_self.substr(0,_self.length-char.length)
flag=true
break}}
if(! flag){return _self.surrogates ? $B.String(_self):_self}}
return ''}
str_funcs.split=function(self,sep,maxsplit){var locals
if(arguments.length==3 && ! maxsplit.$kw){self=to_string(self)}else if(arguments.length==2 && ! sep.$kw){self=to_string(self)
maxsplit=-1}else if(arguments.length==1 && ! self.$kw){self=to_string(self)
sep=_b_.None
maxsplit=-1}else{
var $=$B.args("split",3,{self:null,sep:null,maxsplit:null},arguments,{sep:_b_.None,maxsplit:-1},null,null),maxsplit=$.maxsplit,sep=$.sep,self=to_string($.self)}
var pos=0
if($B.is_big_int(maxsplit)){maxsplit=Number($B.int_value(maxsplit))}
if(maxsplit < 0){
maxsplit=-1}else if(maxsplit > self.length){
maxsplit=-1}
if(sep==""){$B.RAISE(_b_.ValueError,"empty separator")}
if(sep===_b_.None){if(self.length==0 ||str_funcs.isspace(self)){
return $B.$list([])}
if(maxsplit==0){return $B.$list([self.trimLeft()])}
sep=/\s+/g
if(maxsplit==-1){return $B.$list(self.trim().split(sep))}
self=self.trimLeft()
var whitespace=true}
if(maxsplit==0){
return $B.$list([self])}
var res=self.split(sep,maxsplit)
if(maxsplit !=-1){
var nb_split=0,mo,reached_maxsplit=false,re=sep instanceof RegExp ? sep :
new RegExp(RegExp.escape(sep),'g')
for(mo of self.matchAll(re)){nb_split++
if(nb_split==maxsplit){reached_maxsplit=true
break}}
if(reached_maxsplit){
res.push(self.substr(mo.index+mo[0].length))}
if(whitespace && res[res.length-1]===''){
res.pop()}}
if(self instanceof String){res=res.map($B.String)}
return $B.$list(res)}
str_funcs.splitlines=function(self,keepends){var args_length=arguments.length
if(args_length==1 && ! self.$kw){keepends=false}else if(args_length==2 && ! keepends.$kw){}else{
var $=$B.args('splitlines',2,{self:null,keepends:null},arguments,{keepends:false},null,null)
self=$.self
keepends=$.keepends}
keepends=$B.$bool(keepends)
self=to_string(self)
var res=$B.$list([])
if(! self.length){return res}
var buf=''
var pos=0
var it=self[Symbol.iterator]()
for(var char of it){switch(char){case '\r':
if(self[pos+1]=='\n'){res.push(buf+(keepends ? '\r\n' :''))
it.next()
pos++}else{
res.push(buf+(keepends ? '\r' :''))}
buf=''
pos++
break
case '\n':
case '\r':
case '\v':
case '\x0b':
case '\f':
case '\x0c':
case '\x1c':
case '\x1d':
case '\x1e':
case '\x85':
case '\u2028':
case '\u2029':
res.push(buf+(keepends ? char :''))
buf=''
pos++
break
default:
buf+=char
pos++}}
if(buf !=''){res.push(buf)}
if(res instanceof String){res=res.map($B.String)}
return res}
str_funcs.startswith=function(self){
var $=$B.args("startswith",4,{self:null,prefix:null,start:null,end:null},arguments,{start:0,end:null},null,null),_self
normalize_start_end($)
_self=to_string($.self)
var prefixes=$.prefix
if(! $B.is_tuple(prefixes)){prefixes=[prefixes]}
prefixes=to_string(...prefixes)
prefixes=Array.isArray(prefixes)? prefixes :[prefixes]
var s=_self.substring($.start,$.end)
for(var prefix of prefixes){if(! $B.is_str(prefix)){$B.RAISE(_b_.TypeError,"endswith first arg must be str "+
"or a tuple of str, not int")}
if(s.substr(0,prefix.length)==prefix){return true}}
return false}
str_funcs.startswith=function(self,prefix,start,end){var args_length=arguments.length
if(args_length==2 && ! prefix.$kw){start=0
end=null}else if(args_length==3 && ! start.$kw){end=null}else if(args_length==4 && ! end.$kw){}else{
var $=$B.args("startswith",4,{self:null,prefix:null,start:null,end:null},arguments,{start:0,end:null},null,null)
self=$.self
prefix=$.prefix
start=$.start
end=$.end}
if(start !==0){start=$B.PyNumber_Index(start)
if(start < 0){start+=str.mp_length(self)}}
if(end !==null){end=$B.PyNumber_Index(end)
if(end < 0){end+=str.mp_length(self)}}
start=pypos2jspos(self,start)
if(end !==null){end=pypos2jspos(self,end)}
if($B.is_str(prefix)){return startswith(self,prefix,start,end)}else if($B.is_tuple(prefix)){for(var p of prefix){if(! $B.is_str(p)){$B.RAISE(_b_.TypeError,`TypeError: tuple for startswith must only contain `+
`str, not ${$B.class_name(p)}`
)}
if(startswith(self,p,start,end)){return true}}
return false}else{
$B.RAISE(_b_.TypeError,`startswith first arg must be str or a tuple `+
`of str, not ${$B.class_name(prefix)}`
)}}
str_funcs.strip=function(){var $=$B.args("strip",2,{self:null,chars:null},arguments,{chars:_b_.None},null,null)
var _self=to_string($.self)
if($.chars===_b_.None){return _self.trim()}else if(! $B.is_str($.chars)){$B.RAISE(_b_.TypeError,"strip arg must be None or str")}
return str.tp_funcs.rstrip(str.tp_funcs.lstrip(_self,$.chars),$.chars)}
str_funcs.swapcase=function(self){$B.check_nb_args_no_kw('str.swapcase',1,arguments)
var res="",cp,_self=to_string(self)
for(var char of _self){cp=_b_.ord(char)
if($B.in_unicode_category('Ll',cp)){res+=char.toUpperCase()}else if($B.in_unicode_category('Lu',cp)){res+=char.toLowerCase()}else{
res+=char}}
return res}
str_funcs.title=function(self){$B.check_nb_args_no_kw('str.title',1,arguments)
var state,cp,res="",_self=to_string(self)
for(var char of _self){cp=_b_.ord(char)
if($B.in_unicode_category('Ll',cp)||
$B.in_unicode_category('Lu',cp)||
$B.in_unicode_category('Lt',cp)){if(! state){if(Object.hasOwn($B.unicode_titles,char)){res+=$B.unicode_titles[char]}else{
res+=char.toUpperCase()}
state="word"}else{
res+=char.toLowerCase()}}else{
state=null
res+=char}}
return res}
str_funcs.translate=function(self,table){$B.check_nb_args_no_kw('str.translate',2,arguments)
var res=[],getitem=$B.$getattr(table,"__getitem__"),cp,_self=to_string(self)
for(var char of _self){cp=_b_.ord(char)
try{
var repl=$B.$call(getitem,cp)
if(repl !==_b_.None){if(typeof repl=="string"){res.push(repl)}else if(typeof repl=="number"){res.push(String.fromCharCode(repl))}}}catch(err){res.push(char)}}
return res.join("")}
str_funcs.upper=function(self){$B.check_nb_args_no_kw('str.upper',1,arguments)
var _self=to_string(self)
return _self.toUpperCase()}
str_funcs.zfill=function(self,width){$B.check_nb_args_no_kw('str.zfill',2,arguments)
var _self=to_string(self)
var len=str.mp_length(_self)
if(width <=len){return _self}
switch(_self.charAt(0)){case "+":
case "-":
return _self.charAt(0)+
"0".repeat(width-len)+_self.substr(1)
default:
return "0".repeat(width-len)+_self}}
_b_.str.tp_methods=["encode","replace","split","rsplit","join","capitalize","casefold","title","center","count","expandtabs","find","partition","index","ljust","lower","lstrip","rfind","rindex","rjust","rstrip","rpartition","splitlines","strip","swapcase","translate","upper","startswith","endswith","removeprefix","removesuffix","isascii","islower","isupper","istitle","isspace","isdecimal","isdigit","isnumeric","isalpha","isalnum","isidentifier","isprintable","zfill","format","format_map","__format__","__sizeof__","__getnewargs__"
]
_b_.str.staticmethods=["maketrans"]
$B.set_func_names(str,"builtins")
$B.str_len=_b_.str.mp_length
var Interpolation=$B.make_builtin_class('Interpolation')
Interpolation.$factory=function(value,expression,conversion,format_spec){return{
ob_type:Interpolation,value,expression,conversion,format_spec}}
Interpolation.tp_repr=function(self){var res='Interpolation(',items=[]
for(var attr of['value','expression','conversion','format_spec']){items.push(`${_b_.repr(self[attr])}`)}
return res+items.join(', ')+')'}
$B.set_func_names(Interpolation,'builtins')
var Template=$B.Template=$B.make_builtin_class('string.templatelib.Template')
Template.tp_flags=0b101001000011100 
Template.$factory=function(){
var strings=$B.fast_tuple([]),interpolations=$B.fast_tuple([])
var expect_str=true
for(var item of arguments){if(Array.isArray(item)){
if(expect_str){strings.push('')}
interpolations.push(Interpolation.$factory(...item))}else{
strings.push(item)
expect_str=false}}
if(expect_str){strings.push('')}
return{
ob_type:Template,strings,interpolations}}
Template.tp_iter=function(self){self.$counter=-1
self.$len=self.strings.length+self.interpolations.length
return self}
Template.tp_iternext=function(self){self.$counter++
if(self.$counter >=self.$len){$B.RAISE(_b_.StopIteration,'')}
var type='si'[self.$counter % 2]
var rank=Math.floor(self.$counter/2)
switch(type){case 's':
var s=self.strings[rank]
if(s.length > 0){return s}
return Template.tp_iternext(self)
case 'i':
return self.interpolations[rank]}}
Template.tp_new=function(cls,args,kw){if(! $B.str_dict_empty(kw)){$B.RAISE(_b_.TypeError,"Template.__new__ only accepts *args arguments")}
var res=Template.$factory(...args)
res.ob_type=cls
return res}
Template.tp_repr=function(self){var strings='strings=('+_b_.repr(self.strings)+
')'
var interpolations='interpolations='+
_b_.repr($B.fast_tuple(self.interpolations))
return `<Template(${strings}, ${interpolations})>`}
var Template_funcs=$B.Template.tp_funcs={}
Template_funcs.__class_getitem__=function(){return $B.$class_getitem.apply(null,arguments)}
Template_funcs.__reduce__=function(self){$B.import('string.templatelib')
var module=$B.imported['string.templatelib']
var _template_unpickle=$B.module_getattr(module,'_template_unpickle')
return $B.fast_tuple([_template_unpickle,$B.fast_tuple([$B.fast_tuple(self.strings),$B.fast_tuple(self.interpolations)])])}
Template_funcs.values_get=function(self){var values=[]
for(var itp of self.interpolations){values.push(itp.value)}
return $B.fast_tuple(values)}
$B.Template.tp_methods=["__class_getitem__","__reduce__"]
$B.Template.tp_members=[["strings",$B.TYPES.OBJECT,"strings",1],["interpolations",$B.TYPES.OBJECT,"interpolations",1]
]
Template.tp_getset=["values"]
$B.set_func_names(Template,'builtins')})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
var int=_b_.int
var NULL=$B.NULL
$B.max_printable=10n**BigInt($B.int_max_str_digits)
function $err(op,other){var msg="unsupported operand type(s) for "+op+
" : 'int' and '"+$B.class_name(other)+"'"
$B.RAISE(_b_.TypeError,msg)}
function toBigInt(x){if(typeof x=='number'){return BigInt(x)}else if(typeof x=='bigint'){return x}else if(typeof x=='boolean'){return x ? 1n :0n}else if($B.is_int(x)){return toBigInt(x.value)}else{
return $B.NULL}}
var int_value=$B.int_value=function(obj){
var res=obj.value ?? obj
if(typeof res=="boolean"){return res ? 1 :0}
return res}
var bigint_value=$B.to_bigint=function(obj){
var res=obj=obj.value ?? obj
switch(typeof res){case "boolean":
return res ? 1n :0n
case "number":
return BigInt(res)
case "bigint":
return res
default:
$B.RAISE(_b_.TypeError,`cannot convert ${$B.class_name(obj)} to BigInt`)}}
var int_or_long=int.$int_or_long=function(bigint){var res=Number(bigint)
return Number.isSafeInteger(res)? res :bigint}
int.$to_js_number=function(obj){
obj=$B.int_value(obj)
if(typeof obj=="number"){return obj}else if(typeof obj=="bigint"){return Number(obj)}
return null}
int.$to_bigint=bigint_value
function preformat(self,fmt){if(fmt.empty){return _b_.str.$factory(self)}
if(fmt.type && 'bcdoxXn'.indexOf(fmt.type)==-1){$B.RAISE(_b_.ValueError,"Unknown format code '"+fmt.type+
"' for object of type 'int'")}
var res,value=$B.int_value(self)
switch(fmt.type){case undefined:
case "d":
res=value.toString()
break
case "b":
res=(fmt.alternate ? "0b" :"")+value.toString(2)
break
case "c":
res=_b_.chr(value)
break
case "o":
res=(fmt.alternate ? "0o" :"")+value.toString(8)
break
case "x":
res=(fmt.alternate ? "0x" :"")+value.toString(16)
break
case "X":
res=(fmt.alternate ? "0X" :"")+value.toString(16).toUpperCase()
break
case "n":
return self }
if(fmt.sign !==undefined){if((fmt.sign==" " ||fmt.sign=="+" )&& value >=0){res=fmt.sign+res}}
return res}
function extended_euclidean(a,b){
var d,u,v
if(b==0){return[a,1n,0n]}else{
[d,u,v]=extended_euclidean(b,a % b)
return[d,v,u-(a/b)*v]}}
var $valid_digits=function(base){var digits=""
if(base===0){return "0"}
if(base < 10){for(let i=0;i < base;i++){digits+=String.fromCharCode(i+48)}
return digits}
digits="0123456789"
for(let i=10;i < base;i++){digits+=String.fromCharCode(i+55)}
return digits}
function int_hash(x){var modulus=2305843009213693951n,sign=x >=0 ? 1n :-1n,self_pos=x*sign
var _hash=sign*(self_pos % modulus)
return int_or_long(_hash)}
int.$factory=function(value,base){var[args,kw]=$B.parse_args_kw('int',arguments)
var base=_b_.None
for(var item of _b_.dict.$iter_items(kw)){if(item.key=='base'){base=item.value}else{
$B.RAISE(_b_.TypeError,`int() got an unexpected keyword argument: '${item.key}'`
)}}
var value
switch(args.length){case 0:
value=0
break
case 1:
value=args[0]
break
case 2:
value=args[0]
base=args[1]
break
default:
$B.RAISE(_b_.TypeError,`int expected at most 2 arguments, got ${args.length}`
)}
var initial_value=value
if($B.$isinstance(value,[_b_.bytes,_b_.bytearray])){
value=$B.$getattr(value,'decode')('latin-1')}else if($B.$isinstance(value,_b_.memoryview)){value=$B.$getattr(_b_.memoryview.tp_funcs.tobytes(value),'decode')('latin-1')}
if(! $B.is_str(value)){if(base !==_b_.None){console.log('value',value,'base',base)
console.log(Error('trace').stack)
$B.RAISE(_b_.TypeError,"int() can't convert non-string with explicit base")}else{
if($B.$isinstance(value,_b_.float)){
var _fv=typeof value=='number' ? value :value.value
if(isNaN(_fv)){$B.RAISE(_b_.ValueError,'cannot convert float NaN to integer')}
if(! isFinite(_fv)){$B.RAISE(_b_.OverflowError,'cannot convert float infinity to integer')}}
for(let special_method of['__int__','__index__','__trunc__']){let num_value=$B.$getattr($B.get_class(value),special_method,_b_.None)
if(num_value !==_b_.None){let res=$B.$call(num_value,value)
if(special_method=='__trunc__'){$B.warn(_b_.DeprecationWarning,'The delegation of int() to __trunc__ is deprecated.')
let index_method=$B.$getattr($B.get_class(res),'__index__',null)
if(index_method===null){$B.RAISE(_b_.TypeError,'__trunc__ returned'+
` non-Integral (type ${$B.class_name(res)})`)}
res=$B.$call(index_method,res)}
if($B.is_int(res)){if(typeof res !=="number" && typeof res !='bigint'){$B.warn(_b_.DeprecationWarning,special_method+
' returned non-int (type '+$B.class_name(res)+
').  The ability to return an instance of a '+
'strict subclass of int is deprecated, and may '+
'be removed in a future version of Python.')}
return int_value(res)}else{
let klass=$B.get_class(res),index_method=$B.$getattr(klass,'__index__',null)
if(index_method===null){$B.RAISE(_b_.TypeError,special_method+
`returned non-int (type ${$B.class_name(res)})`)}
return int_value(res)}}}
$B.RAISE(_b_.TypeError,"int() argument must be a string, a bytes-like object "+
`or a real number, not '${$B.class_name(value)}'`)}}
if(value.length==0){$B.RAISE(_b_.ValueError,`invalid literal for int() with base 10: ${_b_.repr(value)}`)}
base=base===_b_.None ? 10:$B.PyNumber_Index(base)
if(!(base >=2 && base <=36)){
if(base !=0){$B.RAISE(_b_.ValueError,"invalid base")}}
function invalid(base){$B.RAISE(_b_.ValueError,"invalid literal for int() with base "+
base+": "+_b_.repr(initial_value))}
if(typeof value !="string"){
value=_b_.str.$to_string(value)}
var _value=value.trim(),
sign=''
if(_value.startsWith('+')||_value.startsWith('-')){sign=_value[0]
_value=_value.substr(1)
if(_value.length==0 ||'+-'.includes(_value[0])){$B.RAISE(_b_.ValueError,` invalid literal for int() with base 10: '${value}'`
)}}
if(_value.length==2 && base==0 &&
(_value=="0b" ||_value=="0o" ||_value=="0x")){$B.RAISE(_b_.ValueError,"invalid value")}
if(_value.endsWith('_')){invalid(base)}
if(value.indexOf('__')>-1){
invalid(base)}
if(_value.length > 2){let _pre=_value.substr(0,2).toUpperCase()
if(base==0){if(_pre=="0B"){base=2}else if(_pre=="0O"){base=8}else if(_pre=="0X"){base=16}else if(_value.startsWith('0')){_value=_value.replace(/_/g,'')
if(_value.match(/^0+$/)){return 0}
invalid(base)}}else if(_pre=="0X" && base !=16){invalid(base)}else if(_pre=="0O" && base !=8){invalid(base)}
if((_pre=="0B" && base==2)||_pre=="0O" ||_pre=="0X"){_value=_value.substr(2)
if(_value.startsWith('_')){
_value=_value.substr(1)}}}
if(base==0){
base=10}
var _digits=$valid_digits(base),_re=new RegExp("^[+-]?["+_digits+"]"+
"["+_digits+"_]*$","i"),match=_re.exec(_value),res
if(match===null){
res=0
var digit
for(var char of _value){if(/\p{Nd}/u.test(char)){
let cp=char.codePointAt(0)
for(let start of $B.digits_starts){if(cp-start < 10){digit=cp-start
break}}}else{
if(base > 10 && _digits.indexOf(char.toUpperCase())>-1){digit=char.toUpperCase().charCodeAt(0)-55}else{
invalid(base)}}
if(digit < base){res=$B.rich_op('__mul__',res,base)
res=$B.rich_op('__add__',res,digit)}else{
invalid(base)}}
if(sign=='-'){res=$B.rich_op('__mul__',res,-1)}
return res}else{
_value=_value.replace(/_/g,"")}
if(base==2){res=BigInt('0b'+_value)}else if(base==8){res=BigInt('0o'+_value)}else if(base==16){res=BigInt('0x'+_value)}else{
if($B.int_max_str_digits !=0 &&
_value.length > $B.int_max_str_digits){$B.RAISE(_b_.ValueError,"Exceeds the limit "+
`(${$B.int_max_str_digits}) for integer string conversion: `+
`value has ${value.length} digits; use `+
"sys.set_int_max_str_digits() to increase the limit.")}
if(base==10){res=BigInt(_value)}else{
base=BigInt(base)
res=0n
let coef=1n,char
for(let i=_value.length-1;i >=0;i--){char=_value[i].toUpperCase()
res+=coef*BigInt(_digits.indexOf(char))
coef*=base}}}
if(sign=='-'){res=-res}
return int_or_long(res)}
$B.set_func_names(int,"builtins")
_b_.int.tp_richcompare=function(a,b,op){
if(! $B.is_int(b)){return _b_.NotImplemented}
var res
a=int_value(a)
b=int_value(b)
switch(op){case '__eq__':
res=a==b
break
case '__ne__':
res=a !=b
break
case '__lt__':
res=a < b
break
case '__le__':
res=a <=b
break
case '__ge__':
res=a >=b
break
case '__gt__':
res=a > b
break
default:
res=_b_.NotImplemented
break}
return res}
_b_.int.nb_add=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return int_or_long(x+y)}
_b_.int.nb_subtract=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return int_or_long(x-y)}
_b_.int.nb_multiply=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return int_or_long(x*y)}
_b_.int.nb_remainder=function(self,other){
if($B.is_tuple(other)&& other.length==1){other=other[0]}
var y=toBigInt(other)
if(y===$B.NULL){return _b_.NotImplemented}
if(y==0n){$B.RAISE(_b_.ZeroDivisionError,"integer division or modulo by zero")}
var x=toBigInt(self)
return int_or_long((x % y+y)% y)}
_b_.int.nb_divmod=function(self,other){if(toBigInt(other)===$B.NULL){return _b_.NotImplemented}
return $B.fast_tuple([int.nb_floor_divide(self,other),int.nb_remainder(self,other)])}
_b_.int.nb_power=function(self,other,z){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
if(typeof other=="number" ||$B.$isinstance(other,int)){if(z !==undefined && z !==_b_.None){
z=toBigInt(z)
if(z==1n){return 0}
var result=1n,exponent=y,base=x % z
if(base < 0n){base+=z}
if(exponent < 0n){var gcd,inv,_
[gcd,inv,_]=extended_euclidean(x,z)
if(gcd !=1n){$B.RAISE(_b_.ValueError,"not relative primes: "+
self+' and '+z)}
return int.nb_power(int_or_long(inv),int_or_long(-exponent),int_or_long(z))}
while(exponent > 0n){if(exponent % 2n==1n){result=(result*base)% z}
exponent=exponent >> 1n
base=(base*base)% z}
return int_or_long(result)}else{
if(y < 0n){if(x==0n){$B.RAISE(_b_.ZeroDivisionError,"zero to a negative power")}
return $B.fast_float(Number(x)**Number(y))}
return int_or_long(x**y)}}}
_b_.int.nb_lshift=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return int_or_long(x << y)}
_b_.int.nb_rshift=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return int_or_long(x >> y)}
_b_.int.nb_and=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return int_or_long(x & y)}
_b_.int.nb_xor=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return int_or_long(x ^ y)}
_b_.int.nb_or=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return int_or_long(x |y)}
_b_.int.tp_repr=function(self){$B.builtins_repr_check(int,arguments)
var value=int_value(self)
if(false && $B.int_max_str_digits !=0 &&
value >=$B.max_printable){$B.RAISE(_b_.ValueError,`Exceeds the limit `+
`(${$B.int_max_str_digits}) for integer string conversion`)}
return value.toString()}
_b_.int.tp_hash=function(self){
if(self.__hashvalue__ !==undefined){return self.__hashvalue__}
return int_or_long(int_hash(toBigInt(self)))}
_b_.int.nb_negative=function(self){return-int_value(self)}
_b_.int.nb_positive=function(self){return int_value(self)}
_b_.int.nb_absolute=function(self){var res=int_value(self)
return res >=0 ? res :-res}
_b_.int.nb_bool=function(self){return int_value(self)==0 ? false :true}
_b_.int.nb_invert=function(self){var x=toBigInt(self)
return int_or_long(~x)}
_b_.int.nb_int=function(self){return int_value(self)}
_b_.int.nb_float=function(self){var x=Number(int_value(self))
if(! isFinite(x)){$B.RAISE(_b_.OverflowError,"int too large to convert to float")}
return $B.fast_float(x)}
_b_.int.nb_floor_divide=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
if(y===0n){$B.RAISE(_b_.ZeroDivisionError,'division by zero')}
var quot=x/y 
var rest=x-y*quot
if(rest==0){return int_or_long(quot)}
var same_sign=(x >=0 && y > 0)||(x <=0 & y < 0)
if(same_sign){return int_or_long(quot)}else{
if(typeof quot=='bigint'){return int_or_long(quot-1n)}else{
return int_or_long(quot-1)}}}
_b_.int.nb_true_divide=function(self,other){var[x,y]=[self,other].map(toBigInt)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
if(y===0n){$B.RAISE(_b_.ZeroDivisionError,'division by zero')}
var negate=(x < 0n)!=(y < 0n)
if(x < 0n){x=-x }
if(y < 0n){y=-y }
if(x===0n){return $B.fast_float(negate ?-0.0 :0.0)}
var bx=x.toString(2).length,by=y.toString(2).length,diff=bx-by
var shift=Math.max(diff,-1021)-55 
var q,r
if(shift >=0){var ys=y << BigInt(shift)
q=x/ys
r=x % ys}else{
var xs=x << BigInt(-shift)
q=xs/y
r=xs % y}
if(r !==0n){q |=1n }
var qbits=q.toString(2).length
var extra=Math.max(qbits,-1021-shift)-53 
var half=1n << BigInt(extra-1),low=q &((half << 1n)-1n)
q >>=BigInt(extra)
if(low > half ||(low===half &&(q & 1n))){q+=1n }
shift+=extra
var res=Number(q)*2**shift
if(! isFinite(res)){$B.RAISE(_b_.OverflowError,'integer division result too large for a float')}
return $B.fast_float(negate ?-res :res)}
_b_.int.nb_index=function(self){return int_value(self)}
_b_.int.tp_new=function(cls,args,kw){var nb_kwargs=$B.str_dict_length(kw)
var nb_args=args.length+nb_kwargs
var value,base
if(nb_args > 2){$B.RAISE(_b_.TypeError,`int() takes at most 2 arguments (${nb_args} given)`
)}
$B.check_expected_keywords('int',kw,['base'])
switch(nb_args){case 0:
if(cls===int){return 0}
value=0
base=_b_.None
break
case 1:
if(args.length==0){$B.RAISE(_b_.TypeError,"int() missing string argument")}
value=args[0]
base=_b_.None
break
case 2:
if(nb_kwargs==0){[value,base]=args}else{
value=args[0]
base=$B.str_dict_get(kw,'base',_b_.None)}
break}
if(! $B.$isinstance(cls,_b_.type)){$B.RAISE(_b_.TypeError,"int.__new__(X): X is not a type object")}
if(cls===bool){$B.RAISE(_b_.TypeError,"int.__new__(bool) is not safe, use bool.__new__()")}
if(cls===int){return int.$factory(value,base)}
var res={ob_type:cls,value:int.$factory(value,base)}
$B.init_dict(res)
return res}
var int_funcs=_b_.int.tp_funcs={}
int_funcs.__ceil__=function(self){return int_value(self)}
int_funcs.__floor__=function(self){return int_value(self)}
int_funcs.__format__=function(self,format_spec){var fmt=new $B.parse_format_spec(format_spec,self)
if(fmt.type && 'eEfFgG%'.indexOf(fmt.type)!=-1){
return _b_.float.tp_funcs.__format__(_b_.int.nb_float(self),format_spec)}
fmt.align=fmt.align ||">"
var res=preformat(self,fmt)
if(fmt.comma){var sign=res[0]=="-" ? "-" :"",rest=res.substr(sign.length),len=rest.length,nb=Math.ceil(rest.length/3),chunks=[]
for(var i=0;i < nb;i++){chunks.push(rest.substring(len-3*i-3,len-3*i))}
chunks.reverse()
res=sign+chunks.join(",")}
return $B.format_width(res,fmt)}
int_funcs.__getnewargs__=function(self){var self=$B.single_arg('__getnewargs__','self',arguments)
return $B.fast_tuple([int_value(self)])}
int_funcs.__round__=function(self){return int_value(self)}
int_funcs.__sizeof__=function(self){}
int_funcs.__trunc__=function(self){return int_value(self)}
int_funcs.as_integer_ratio=function(self){var self=$B.single_arg('as_integer_ratio','self',arguments)
return $B.fast_tuple([self,1])}
int_funcs.bit_count=function(self){var s=_b_.bin(_b_.abs(self)),nb=0
for(var x of s){if(x=='1'){nb++}}
return nb}
int_funcs.bit_length=function(self){var s=_b_.bin(self)
s=$B.$getattr(s,"lstrip")("-0b")
return s.length }
int_funcs.conjugate=function(self){}
int_funcs.denominator_get=function(self){return 1}
int_funcs.denominator_set=_b_.None
int_funcs.from_bytes=function(self){var $=$B.args("from_bytes",4,{cls:null,bytes:null,byteorder:null,signed:null},arguments,{byteorder:'big',signed:false})
var x=$.bytes,byteorder=$.byteorder,signed=$.signed,_bytes,_len
if($B.$isinstance(x,[_b_.bytes,_b_.bytearray])){_bytes=x.source
_len=x.source.length}else{
_bytes=_b_.list.$factory(x)
_len=_bytes.length
for(let i=0;i < _len;i++){_b_.bytes.$factory([_bytes[i]])}}
if(byteorder=="big"){_bytes.reverse()}else if(byteorder !="little"){$B.RAISE(_b_.ValueError,"byteorder must be either 'little' or 'big'")}
if(_len==0){return 0}
var num=_bytes[0]
num=BigInt(num)
var _mult=256n
for(let i=1;i < _len;i++){num+=_mult*BigInt(_bytes[i])
_mult*=256n}
if(! signed){return int_or_long(num)}
if(_bytes[_len-1]< 128){return int_or_long(num)}
return int_or_long(num-_mult)}
int_funcs.imag_get=function(self){return 0}
int_funcs.imag_set=_b_.None
int_funcs.is_integer=function(self){return true}
int_funcs.__float__=function(self){
var x=Number(int_value(self))
if(! isFinite(x)){$B.RAISE(_b_.OverflowError,"int too large to convert to float")}
return $B.fast_float(x)}
int_funcs.numerator_get=function(self){return int_value(self)}
int_funcs.numerator_set=_b_.None
int_funcs.real_get=function(self){return int_value(self)}
int_funcs.real_set=_b_.None
int_funcs.to_bytes=function(self){var $=$B.args("to_bytes",3,{self:null,len:null,byteorder:null,signed:null},arguments,{len:1,byteorder:'big',signed:false})
var self=$.self,len=$.len,byteorder=$.byteorder,signed=$.signed
if(! $B.is_int(len)){$B.RAISE(_b_.TypeError,"integer argument expected, got "+
$B.class_name(len))}
if(["little","big"].indexOf(byteorder)==-1){$B.RAISE(_b_.ValueError,"byteorder must be either 'little' or 'big'")}
var x=toBigInt(self)
if(x < 0n){if(! signed){$B.RAISE(_b_.OverflowError,"can't convert negative int to unsigned")}
x=(256n**BigInt(len))+x}
var res=[],value=x
while(value > 0n){var quotient=value/256n,rest=value-256n*quotient
res.push(int_or_long(rest))
if(res.length > len){$B.RAISE(_b_.OverflowError,"int too big to convert")}
value=quotient}
while(res.length < len){res.push(0)}
if(byteorder=="big"){res.reverse()}
return{
ob_type:_b_.bytes,source:res}}
_b_.int.functions_or_methods=["__new__"]
_b_.int.tp_methods=["conjugate","bit_length","bit_count","to_bytes","as_integer_ratio","__trunc__","__floor__","__ceil__","__round__","__getnewargs__","__format__","__sizeof__","is_integer","__float__"]
_b_.int.classmethods=["from_bytes"]
_b_.int.tp_getset=["real","imag","numerator","denominator"]
$B.$bool=function(obj,bool_class){
if(obj===null ||obj===undefined ){return false}
switch(typeof obj){case "boolean":
return obj
case "number":
case "string":
if(obj){return true}
return false
default:
if($B.is_type(obj)){return true}
var klass=$B.get_class(obj),missing={},bool_method=$B.search_in_mro(klass,'__bool__',$B.NULL)
if(bool_method===$B.NULL){var len_method=$B.search_in_mro(klass,'__len__',$B.NULL)
if(len_method===$B.NULL){return true}
return _b_.len(obj)> 0}else{
var res=$B.$call($B.search_in_mro(klass,'__bool__'),obj)
if(res !==true && res !==false){$B.RAISE(_b_.TypeError,"__bool__ should return "+
"bool, returned "+$B.class_name(res))}
return res}}}
var bool=_b_.bool
bool.$factory=function(){
var $=$B.args("bool",1,{x:null},arguments,{x:false},null,null,1)
return $B.$bool($.x,true)}
_b_.bool.nb_and=function(self,other){if(typeof self=='boolean' && typeof other=='boolean'){return(self & other)? true :false}else if($B.$isinstance(self,int)&& $B.$isinstance(other,int)){return int.nb_and(int_value(self),int_value(other))}
return _b_.NotImplemented}
_b_.bool.nb_xor=function(self,other){if(typeof self=='boolean' && typeof other=='boolean'){return(self ^ other)? true :false}else if($B.$isinstance(self,int)&& $B.$isinstance(other,int)){return int.nb_xor(int_value(self),int_value(other))}
return _b_.NotImplemented}
_b_.bool.nb_or=function(self,other){if(typeof self=='boolean' && typeof other=='boolean'){return(self |other)? true :false}else if($B.$isinstance(self,int)&& $B.$isinstance(other,int)){return int.nb_or(int_value(self),int_value(other))}
return _b_.NotImplemented}
_b_.bool.tp_repr=function(self){$B.builtins_repr_check(bool,arguments)
return self ? "True" :"False"}
_b_.bool.tp_new=function(cls,args,kw){$B.check_no_kw('bool',kw)
var[value]=$B.unpack_args('bool',args,['value'],{value:false})
if(!$B.$isinstance(cls,_b_.type)){$B.RAISE(_b_.TypeError,`bool.__new__(X): X is not a type object (${$B.class_name(cls) })`)}else if(!_b_.issubclass(cls,bool)){let class_name=$B.class_name(cls)
$B.RAISE(_b_.TypeError,`bool.__new__(${class_name}): ${class_name} is not a subtype of bool`)}
return bool.$factory(value)}
_b_.bool.nb_invert=function(self){$B.warn(_b_.DeprecationWarning,"Bitwise inversion '~' on bool is "+
"deprecated and will be removed in Python 3.16. This returns the "+
"bitwise inversion of the underlying int object and is usually not "+
"what you expect from negating a bool. Use the 'not' operator for "+
"boolean negation or ~int(x) if you really want the bitwise "+
"inversion of the underlying int.")
return _b_.int.nb_invert(self)}
var bool_funcs=_b_.bool.tp_funcs={}
_b_.bool.functions_or_methods=["__new__"]
$B.set_func_names(bool,"builtins")})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
function conv_num(x){if(typeof x=='number'){return x}else if(typeof x=='bigint'){return Number(x)}else if($B.is_int(x)){
return conv_num(x.value)}else if(x.ob_type===_b_.float){return x.value}else if($B.$isinstance(x,_b_.float)){return x.value}
return $B.NULL}
function conv_number(...objs){var res=[]
for(var obj of objs){res.push(conv_num(obj))}
return res}
var float_value=$B.float_value=function(obj){return obj.ob_type===float ? obj :fast_float(obj.value)}
function copysign(x,y){var x1=Math.abs(x)
var y1=y
var sign=Math.sign(y1)
sign=(sign==1 ||Object.is(sign,+0))? 1 :-1
return x1*sign}
var float=_b_.float
float.$to_js_number=function(self){if($B.exact_type(self,float)){return self.value}else{
return float.$to_js_number(self.value)}}
$B.shift1_cache={}
function check_self_is_float(x,method){if($B.$isinstance(x,_b_.float)){return true}
$B.RAISE(_b_.TypeError,`descriptor '${method}' requires a `+
`'float' object but received a '${$B.class_name(x)}'`)}
function _float_div_mod(vx,wx){
var mod=vx % wx
var div=(vx-mod)/wx
if(mod){
if((wx < 0)!=(mod < 0)){mod+=wx
div-=1.0}}else{
mod=copysign(0.0,wx)}
var floordiv
if(div){floordiv=Math.floor(div)
if(div-floordiv > 0.5){floordiv+=1.0}}else{
floordiv=copysign(0.0,vx/wx)}
return{floordiv,mod}}
const DBL_MANT_DIG=53,LONG_MAX=$B.MAX_VALUE,DBL_MAX_EXP=2**10,LONG_MIN=$B.MIN_VALUE,DBL_MIN_EXP=-1021
var format_sign=function(val,flags){switch(flags.sign){case '+':
return(val >=0 ||isNaN(val))? '+' :''
case '-':
return ''
case ' ':
return(val >=0 ||isNaN(val))? ' ' :''}
if(flags.space){if(val >=0){return " "}}
return ''}
function preformat(self,fmt){var value=self.value
if(fmt.empty){return _b_.str.$factory(self)}
if(fmt.type && 'eEfFgGn%'.indexOf(fmt.type)==-1){$B.RAISE(_b_.ValueError,"Unknown format code '"+fmt.type+
"' for object of type 'float'")}
var special
if(isNaN(value)){special="efg".indexOf(fmt.type)>-1 ? "nan" :"NAN"}else if(value==Number.POSITIVE_INFINITY){special="efg".indexOf(fmt.type)>-1 ? "inf" :"INF"}else if(value==Number.NEGATIVE_INFINITY){special="efg".indexOf(fmt.type)>-1 ? "-inf" :"-INF"}
if(special){return format_sign(value,fmt)+special}
if(fmt.precision===undefined && fmt.type !==undefined){fmt.precision=6}
if(fmt.type=="%"){value*=100}
if(fmt.type=="e" ||fmt.type=="E"){let res=value.toExponential(fmt.precision),exp=parseInt(res.substr(res.search("e")+1))
if(Math.abs(exp)< 10){res=res.substr(0,res.length-1)+"0"+
res.charAt(res.length-1)}
return fmt.type=="E" ? res.toUpperCase():res}
var res
if(fmt.precision !==undefined){
let prec=fmt.precision
if(prec==0){
res=Math.round(value)+(fmt.alternate ? "." :"")
return fmt.type=="%" ? res+"%" :res}
res=$B.roundDownToFixed(value,prec)
let pt_pos=res.indexOf(".")
if(fmt.type !==undefined &&
(fmt.type=="%" ||fmt.type.toLowerCase()=="f")){if(pt_pos==-1){res+="."+"0".repeat(fmt.precision)}else{
var missing=fmt.precision-res.length+pt_pos+1
if(missing > 0){res+="0".repeat(missing)}}}else if(fmt.type && fmt.type.toLowerCase()=="g"){let exp_fmt=preformat(self,{type:"e"}).split("e"),exp=parseInt(exp_fmt[1])
if(-4 <=exp && exp < fmt.precision){res=preformat(self,{type:"f",precision:fmt.precision-1-exp})}else{
res=preformat(self,{type:"e",precision:fmt.precision-1})}
let parts=res.split("e")
if(fmt.alternate){if(parts[0].search(/\./)==-1){parts[0]+='.'}}else{
let signif=parts[0]
if(signif.indexOf('.')> 0){while(signif.endsWith("0")){signif=signif.substr(0,signif.length-1)}}
if(signif.endsWith(".")){signif=signif.substr(0,signif.length-1)}
parts[0]=signif}
res=parts.join("e")
if(fmt.type=="G"){res=res.toUpperCase()}
return res}else if(fmt.type===undefined){
fmt.type="g"
res=preformat(self,fmt)
if(res.indexOf('.')==-1){let exp=res.length-1
exp=exp < 10 ? '0'+exp :exp
let is_neg=res.startsWith('-'),point_pos=is_neg ? 2 :1,mant=res.substr(0,point_pos)+'.'+
res.substr(point_pos)
return `${mant}e+${exp}`}
fmt.type=undefined}else{
let res1=value.toExponential(fmt.precision-1),exp=parseInt(res1.substr(res1.search("e")+1))
if(exp <-4 ||exp >=fmt.precision-1){var elts=res1.split("e")
while(elts[0].endsWith("0")){elts[0]=elts[0].substr(0,elts[0].length-1)}
res=elts.join("e")}}}else{
res=_b_.str.$factory(self)}
if(fmt.type===undefined ||"gGn".indexOf(fmt.type)!=-1){
if(res.search("e")==-1){while(res.charAt(res.length-1)=="0"){res=res.substr(0,res.length-1)}}
if(res.charAt(res.length-1)=="."){if(fmt.type===undefined){res+="0"}else{
res=res.substr(0,res.length-1)}}}
if(fmt.sign !==undefined){if((fmt.sign==" " ||fmt.sign=="+" )&& value > 0){res=fmt.sign+res}}
if(fmt.type=="%"){res+="%"}
return res}
float.$format=function(self,fmt){
fmt.align=fmt.align ||">"
var pf=preformat(self,fmt)
if(Object.is(self.value,-0)&& ! pf.startsWith('-')){
pf='-'+pf}
if(fmt.z && Object.is(parseFloat(pf),-0)){
pf=pf.substr(1)}
var raw=pf.split('.'),_int=raw[0]
if(fmt.comma){var len=_int.length,nb=Math.ceil(_int.length/3),chunks=[]
for(var i=0;i < nb;i++){chunks.push(_int.substring(len-3*i-3,len-3*i))}
chunks.reverse()
raw[0]=chunks.join(",")}
return $B.format_width(raw.join("."),fmt)}
float.$getnewargs=function(self){return $B.fast_tuple([float_value(self)])}
var nan_hash=$B.$py_next_hash--
$B.float_hash_cache=new Map()
float.$hash_func=function(self){if(self.__hashvalue__ !==undefined){return self.__hashvalue__}
var _v=self.value
var in_cache=$B.float_hash_cache.get(_v)
if(in_cache !==undefined){return in_cache}
if(_v===Infinity){return 314159}else if(_v===-Infinity){return-314159}else if(isNaN(_v)){return self.__hashvalue__=nan_hash}else if(_v===Number.MAX_VALUE){return self.__hashvalue__=2234066890152476671n}
if(Number.isInteger(_v)){return _b_.int.tp_hash(_v)}
var P=2305843009213693951n
var r=frexp(self),m=r[0],e=r[1],sign=1n
if(m < 0){sign=-1n
m=-m}
var hx=0n
while(m !=0){hx=((hx << 28n)& P)|(hx >> 33n)
m*=268435456
e-=28
var y=BigInt(Math.floor(m))
m-=Number(y)
hx+=y
if(hx >=P){hx-=P}}
var em=e >=0 ? BigInt(e % 61):BigInt(61-1-((-1-e)% 61))
hx=((hx << em)& P)|(hx >>(61n-em))
if(sign < 0n){hx=-hx}
if(hx==-1n){hx=-2n}
var x=_b_.int.$int_or_long(hx)
$B.float_hash_cache.set(_v,x)
if($B.float_hash_cache.size > 10000){
$B.float_hash_cache.clear()}
return self.__hashvalue__=x}
function isninf(x){var x1=float_value(x).value
return x1==-Infinity ||x1==Number.NEGATIVE_INFINITY}
function isinf(x){var x1=float_value(x).value
return x1==Infinity ||x1==-Infinity ||
x1==Number.POSITIVE_INFINITY ||x1==Number.NEGATIVE_INFINITY}
function isnan(x){var x1=float_value(x).value
return isNaN(x1)}
function fabs(x){if(x==0){return fast_float(0)}
return x > 0 ? float.$factory(x):float.$factory(-x)}
function frexp(x){
var x1=x
if($B.$isinstance(x,float)){
if(isnan(x)||isinf(x)){return[x,0]}
x1=float_value(x).value}else if($B.is_int(x)){x=$B.int_value(x)
if(typeof x=="bigint"){var exp=x.toString(2).length,power=2n**BigInt(exp)
return[$B.fast_float(Number(x)/Number(power)),exp]}}
if(x1==0){return[0,0]}
var sign=1,ex=0,man=x1
if(man < 0.){sign=-sign
man=-man}
while(man < 0.5){man*=2.0
ex--}
while(man >=1.0){man*=0.5
ex++}
man*=sign
return[man,ex]}
function ldexp(mantissa,exponent){if(isninf(mantissa)){return NINF}else if(isinf(mantissa)){return INF}
if($B.$isinstance(mantissa,_b_.float)){mantissa=mantissa.value}
if(mantissa==0){return ZERO}else if(isNaN(mantissa)){return NAN}
if($B.is_big_int(exponent)){exponent=$B.int_value(exponent)
if(exponent.value < 0){return ZERO}else{
$B.RAISE(_b_.OverflowError,'overflow')}}else if(! isFinite(mantissa*Math.pow(2,exponent))){$B.RAISE(_b_.OverflowError,'overflow')}
var steps=Math.min(3,Math.ceil(Math.abs(exponent)/1023))
var result=mantissa
for(var i=0;i < steps;i++){result*=Math.pow(2,Math.floor((exponent+i)/steps))}
return fast_float(result)}
float.$funcs={isinf,isninf,isnan,fabs,frexp,ldexp}
function float_round(x,ndigits){function overflow(){$B.RAISE(_b_.OverflowError,"cannot convert float infinity to integer")}
var no_digits=ndigits===_b_.None
if(isnan(x)){if(ndigits===_b_.None){$B.RAISE(_b_.ValueError,"cannot convert float NaN to integer")}
return NAN}else if(isninf(x)){return ndigits===_b_.None ? overflow():NINF}else if(isinf(x)){return ndigits===_b_.None ? overflow():INF}
x=float_value(x)
ndigits=ndigits===_b_.None ? 0 :ndigits
if(ndigits==0){var res=Math.round(x.value)
if(Math.abs(x.value-res)==0.5){
if(res % 2){return res-1}}
if(no_digits){
return res}
return $B.fast_float(res)}
if(typeof ndigits=="bigint"){ndigits=Number(ndigits)}
var pow1,pow2,y,z
if(ndigits >=0){if(ndigits > 22){
pow1=10**(ndigits-22)
pow2=1e22}else{
pow1=10**ndigits
pow2=1.0}
y=(x.value*pow1)*pow2
if(!isFinite(y)){return x}}else{
pow1=10**-ndigits
pow2=1.0 
if(isFinite(pow1)){y=x.value/pow1}else{
return ZERO}}
z=Math.round(y)
if(fabs(y-z).value==0.5){
z=2.0*Math.round(y/2)}
if(ndigits >=0){z=(z/pow2)/pow1}else{
z*=pow1}
if(! isFinite(z)){$B.RAISE(_b_.OverflowError,"overflow occurred during round")}
return fast_float(z)}
function to_digits(s){
var arabic_digits="\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",res=""
for(var i=0;i < s.length;i++){var x=arabic_digits.indexOf(s[i])
if(x >-1){res+=x}else{
res+=s[i]}}
return res}
var Float=$B.Float=function(value){this.ob_type=_b_.float
this.value=value}
Float.prototype.valueOf=function(){return this.value}
const fast_float=$B.fast_float=function(value){return new Float(value)}
function conv_float(...objs){var res=[]
for(var obj of objs){var x=$B.NULL
if($B.$isinstance(obj,_b_.float)){x=obj}else if($B.is_int(obj)){x=_b_.int.nb_float(obj)}
res.push(x)}
return res}
float.$factory=function(value){if(value===undefined){return fast_float(0)}
$B.check_nb_args_no_kw('float',1,arguments)
switch(value){case true:
return fast_float(1)
case false:
return fast_float(0)}
var original_value=value
if(typeof value=="number"){return fast_float(value)}
if($B.$isinstance(value,float)){return $B.float_value(value)}
if($B.$isinstance(value,_b_.memoryview)){value=_b_.memoryview.tp_funcs.tobytes(value)}
if($B.is_bytes(value)){try{
value=$B.$getattr(value,"decode")("utf-8")}catch(err){$B.RAISE(_b_.ValueError,"could not convert string to float: "+
_b_.repr(original_value))}}
if(typeof value=="string"){if(value.trim().length==0){$B.RAISE(_b_.ValueError,`could not convert string to float: ${_b_.repr(value)}`)}
value=value.trim()
switch(value.toLowerCase()){case "+inf":
case "inf":
case "+infinity":
case "infinity":
return fast_float(Number.POSITIVE_INFINITY)
case "-inf":
case "-infinity":
return fast_float(Number.NEGATIVE_INFINITY)
case "+nan":
case "nan":
return fast_float(Number.NaN)
case "-nan":
return fast_float(-Number.NaN)
default:
var parts=value.split('e')
if(parts[1]){if(parts[1].startsWith('+')||parts[1].startsWith('-')){parts[1]=parts[1].substr(1)}}
parts=parts[0].split('.').concat(parts.splice(1))
for(var part of parts){if(part.startsWith('_')||part.endsWith('_')){$B.RAISE(_b_.ValueError,'invalid float literal '+
value)}}
if(value.indexOf('__')>-1){$B.RAISE(_b_.ValueError,'invalid float literal '+
value)}
value=value.charAt(0)+value.substr(1).replace(/_/g,"")
value=to_digits(value)
if(isFinite(value)){return fast_float(parseFloat(value))}else{
var num=Number(value)
if(num===Infinity ||num===-Infinity){return fast_float(num)}
$B.RAISE(_b_.ValueError,"could not convert string to float: "+
_b_.repr(original_value))}}}
let klass=$B.get_class(value),float_method=$B.$getattr(klass,'__float__',null)
if(float_method===null){var index_method=$B.$getattr(klass,'__index__',null)
if(index_method===null){$B.RAISE(_b_.TypeError,"float() argument must be a string or a "+
"real number, not '"+$B.class_name(value)+"'")}
let index=$B.$call(index_method,value),index_klass=$B.get_class(index)
if(index_klass===_b_.int){return fast_float(Number(index))}else if($B.get_mro(index_klass).indexOf(_b_.int)>-1){let msg=`${$B.class_name(value)}.__index__ returned `+
`non-int (type ${$B.class_name(index)}).  The `+
'ability to return an instance of a strict subclass'+
' of int is deprecated, and may be removed in a '+
'future version of Python.'
$B.warn(_b_.DeprecationWarning,msg)
return fast_float(index)}
$B.RAISE(_b_.TypeError,'__index__ returned non-int'+
` (type ${$B.class_name(index)})`)}
let res=$B.$call(float_method,value)
klass=$B.get_class(res)
if(klass !==_b_.float){if(klass.__mro__.indexOf(_b_.float)>-1){let msg=`${$B.class_name(value)}.__float__ returned `+
`non-float (type ${$B.class_name(res)}).  The `+
'ability to return an instance of a strict subclass'+
' of float is deprecated, and may be removed in a '+
'future version of Python.'
$B.warn(_b_.DeprecationWarning,msg)
return float.$factory(res.value)}
$B.RAISE(_b_.TypeError,'__float__ returned non-float'+
` (type ${$B.class_name(res)})`)}
return res}
_b_.float.tp_richcompare=function(self,other,op){var other_type=$B.get_class(other)
var other_nb_float=$B.search_slot(other_type,'nb_float',$B.NULL)
if(other_nb_float===$B.NULL){return _b_.NotImplemented}
var other_value=other_nb_float(other).value
var res
switch(op){case '__eq__':
res=self.value==other_value
break
case '__ne__':
res=self.value !=other_value
break
case '__lt__':
res=self.value < other_value
break
case '__le__':
res=self.value <=other_value
break
case '__ge__':
res=self.value >=other_value
break
case '__gt__':
res=self.value > other_value
break
default:
res=_b_.NotImplemented
break}
return res}
_b_.float.nb_add=function(self,other){var[x,y]=conv_float(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return $B.fast_float(x.value+y.value)}
_b_.float.nb_subtract=function(self,other){var[x,y]=conv_float(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return $B.fast_float(x.value-y.value)}
_b_.float.nb_multiply=function(self,other){var[x,y]=conv_float(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return fast_float(x.value*y.value)}
_b_.float.nb_remainder=function(self,other){
self=conv_float(self)[0]
if(self===$B.NULL){return _b_.NotImplemented}
if(other==0){$B.RAISE(_b_.ZeroDivisionError,"float modulo")}
if($B.is_int(other)){other=_b_.int.tp_funcs.numerator_get(other)
return fast_float((self.value % other+other)% other)}
if($B.$isinstance(other,float)){
var q=Math.floor(self.value/other.value),r=self.value-other.value*q
if(r==0 && other.value < 0){return fast_float(-0)}
return fast_float(r)}
return _b_.NotImplemented}
_b_.float.nb_divmod=function(self,other){var[x,y]=conv_float(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
var divmod=_float_div_mod(x.value,y.value)
return $B.fast_tuple([$B.fast_float(divmod.floordiv),$B.fast_float(divmod.mod)])}
_b_.float.nb_power=function(self,other){var[x,y]=conv_number(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
if(x==1){return fast_float(1)}else if(y==0){return fast_float(1)}
if(isNaN(y)){return fast_float(Number.NaN)}
if(isNaN(x)){return fast_float(Number.NaN)}
if(x==-1 && ! isFinite(other)){
return fast_float(1)}else if(x==0 && isFinite(other)&& other < 0){$B.RAISE(_b_.ZeroDivisionError,"0.0 cannot be raised "+
"to a negative power")}else if(x==0 && isFinite(other)&& other >=0){
if(Number.isInteger(y)&& y % 2==1){return self}
return fast_float(0)}else if(x==Number.NEGATIVE_INFINITY && ! isNaN(y)){
if(y % 2==-1){return fast_float(-0.0)}else if(y < 0){return fast_float(0)}else if(y % 2==1){return fast_float(Number.NEGATIVE_INFINITY)}else{
return fast_float(Number.POSITIVE_INFINITY)}}else if(x==Number.POSITIVE_INFINITY && ! isNaN(y)){return y > 0 ? self :fast_float(0)}
if(y==Number.NEGATIVE_INFINITY && ! isNaN(x)){
return Math.abs(x)< 1 ?
fast_float(Number.POSITIVE_INFINITY):
fast_float(0)}else if(y==Number.POSITIVE_INFINITY && ! isNaN(x)){
return Math.abs(x)< 1 ?
fast_float(0):
fast_float(Number.POSITIVE_INFINITY)}
if(x < 0 && ! Number.isInteger(y)){return _b_.complex.nb_power($B.make_complex(x,0),fast_float(y))}
return fast_float(Math.pow(x,y))
return _b_.NotImplemented}
_b_.float.tp_repr=function(self){$B.builtins_repr_check(float,arguments)
self=self.value
if(self==Infinity){return 'inf'}else if(self==-Infinity){return '-inf'}else if(isNaN(self)){return 'nan'}else if(self===0){if(1/self===-Infinity){return '-0.0'}
return '0.0'}
var res=self+"" 
if(res.search(/[.eE]/)==-1){res+=".0"}
var split_e=res.split(/e/i)
if(split_e.length==2){let mant=split_e[0],exp=split_e[1]
if(exp.startsWith('-')){let exp_str=parseInt(exp.substr(1))+''
if(exp_str.length < 2){exp_str='0'+exp_str}
return mant+'e-'+exp_str}}
var x,y
[x,y]=res.split('.')
var sign=''
if(x[0]=='-'){x=x.substr(1)
sign='-'}
if(x.length > 16){let exp=x.length-1,int_part=x[0],dec_part=x.substr(1)+y
while(dec_part.endsWith("0")){dec_part=dec_part.substr(0,dec_part.length-1)}
let mant=int_part
if(dec_part.length > 0){mant+='.'+dec_part}
return sign+mant+'e+'+exp}else if(x=="0"){let exp=0
while(exp < y.length && y.charAt(exp)=="0"){exp++}
if(exp > 3){
let rest=y.substr(exp)
exp=(exp+1).toString()
while(rest.endsWith("0")){rest=rest.substr(0,res.length-1)}
let mant=rest[0]
if(rest.length > 1){mant+='.'+rest.substr(1)}
if(exp.length==1){exp='0'+exp}
return sign+mant+'e-'+exp}}
return _b_.str.$factory(res)}
_b_.float.tp_hash=function(self){check_self_is_float(self,'__hash__')
return float.$hash_func(self)}
_b_.float.tp_new=function(cls,args,kw){var[value]=$B.unpack_args('float',args,['value'],{value:0})
if(cls===undefined){$B.RAISE(_b_.TypeError,"float.__new__(): not enough arguments")}else if(! $B.$isinstance(cls,_b_.type)){$B.RAISE(_b_.TypeError,"float.__new__(X): X is not a type object")}
var res={ob_type:cls,value:float.$factory(value).value}
if(cls !==_b_.float){$B.init_dict(res)}
return res}
_b_.float.nb_negative=function(self){return fast_float(-self.value)}
_b_.float.nb_positive=function(self){return fast_float(+self.value)}
_b_.float.nb_absolute=function(self){check_self_is_float(self,'__abs__')
return fast_float(Math.abs(self.value))}
_b_.float.nb_bool=function(self){check_self_is_float(self,'__bool__')
return _b_.bool.$factory(self.value)}
_b_.float.nb_int=function(self){check_self_is_float(self,'__int__')
if(Number.isInteger(self.value)){var res=BigInt(self.value),res_num=Number(res)
return Number.isSafeInteger(res_num)?
res_num :
BigInt(res)}
return Math.trunc(self.value)}
_b_.float.nb_float=function(self){return float_value(self)}
_b_.float.nb_floor_divide=function(self,other){var[x,y]=conv_float(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
var divmod=_float_div_mod(x.value,y.value)
return $B.fast_float(divmod.floordiv)}
_b_.float.nb_true_divide=function(self,other){self=conv_float(self)[0]
if(self===$B.NULL){return _b_.NotImplemented}
if($B.is_int(other)){if(other.valueOf()==0){$B.RAISE(_b_.ZeroDivisionError,"division by zero")}else if($B.is_big_int(other)){return float.$factory(self.value/Number($B.int_value(other)))}
return float.$factory(self.value/other)}else if($B.$isinstance(other,float)){if(other.value==0){$B.RAISE(_b_.ZeroDivisionError,"division by zero")}
return float.$factory(self.value/other.value)}
return _b_.NotImplemented}
var float_funcs=_b_.float.tp_funcs={}
float_funcs.__ceil__=function(self){check_self_is_float(self,'__ceil__')
if(isnan(self)){$B.RAISE(_b_.ValueError,'cannot convert float NaN to integer')}else if(isinf(self)){$B.RAISE(_b_.OverflowError,'cannot convert float infinity to integer')}
return Math.ceil(self.value)}
float_funcs.__floor__=function(self){check_self_is_float(self,'__floor__')
if(isnan(self)){$B.RAISE(_b_.ValueError,'cannot convert float NaN to integer')}else if(isinf(self)){$B.RAISE(_b_.OverflowError,'cannot convert float infinity to integer')}
return Math.floor(self.value)}
float_funcs.__format__=function(self,format_spec){check_self_is_float(self,'__format__')
var fmt=new $B.parse_format_spec(format_spec,self)
return float.$format(self,fmt)}
float_funcs.__getformat__=function(cls,arg){if(arg=="double" ||arg=="float"){return "IEEE, little-endian"}
if(typeof arg !=='string'){$B.RAISE(_b_.TypeError," __getformat__() argument must be str, not "+
$B.class_name(arg))}
$B.RAISE(_b_.ValueError,"__getformat__() argument 1 must be "+
"'double' or 'float'")}
float_funcs.__getnewargs__=function(self){return float.$getnewargs($B.single_arg('__getnewargs__','self',arguments))}
float_funcs.__round__=function(self){var $=$B.args('__round__',2,{self:null,ndigits:null},arguments,{ndigits:_b_.None})
return float_round($.self,$.ndigits)}
float_funcs.__trunc__=function(self){var res
if(self.value >=0){res=float_funcs.__floor__(self)}else{
res=float_funcs.__ceil__(self)}
return res}
float_funcs.as_integer_ratio=function(self){if(isinf(self)){$B.RAISE(_b_.OverflowError,"Cannot pass infinity to "+
"float.as_integer_ratio.")}
if(isnan(self)){$B.RAISE(_b_.ValueError,"Cannot pass NaN to "+
"float.as_integer_ratio.")}
var tmp=frexp(self),fp=tmp[0],exponent=tmp[1]
for(var i=0;i < 300;i++){if(fp==Math.floor(fp)){break}else{
fp*=2
exponent--}}
var numerator=_b_.int.$factory(fp,_b_.None),py_exponent=_b_.abs(exponent),denominator=1,x
if($B.shift1_cache[py_exponent]!==undefined){x=$B.shift1_cache[py_exponent]}else{
x=$B.$call($B.$getattr(1,"__lshift__"),py_exponent)
$B.shift1_cache[py_exponent]=x}
py_exponent=x
if(exponent > 0){numerator=$B.rich_op("__mul__",numerator,py_exponent)}else{
denominator=py_exponent}
return $B.fast_tuple([numerator,denominator])}
float_funcs.conjugate=function(self){$B.RAISE(_b_.NotImplementedError,'conjugate')}
float_funcs.from_number=function(self){var $=$B.args('from_number',1,{number:null},arguments)
var number=$.number
if($B.$isinstance(number,_b_.float)){return float_value(number)}
var klass=$B.get_class(number)
var __float__=$B.search_in_mro(klass,'__float__')
if(__float__){return __float__(number)}
var __index__=$B.search_in_mro(klass,'__index__')
if(__index__){var res=__index__(number)
if($B.is_int(res)){return fast_float(res)}
$B.RAISE(_b_.TypeError,'__index__ returned non-int of type '+
$B.class_name(res))}
$B.RAISE(_b_.TypeError,'TypeError: must be real number, not '+
$B.class_name(number))}
float_funcs.fromhex=function(klass,s){function hex_from_char(char){return parseInt(char,16)}
function finished(){
while(s[pos]&& s[pos].match(/\s/)){pos++}
if(pos !=s.length){throw parse_error()}
if(negate){x=float.nb_negative(x)}
return klass===_b_.float ? x :$B.$call(klass,x)}
function overflow_error(){$B.RAISE(_b_.OverflowError,"hexadecimal value too large to represent as a float")}
function parse_error(){$B.RAISE(_b_.ValueError,"invalid hexadecimal floating-point string")}
function insane_length_error(){$B.RAISE(_b_.ValueError,"hexadecimal string too long to convert")}
s=s.trim()
if(s.match(/^\+?inf(inity)?$/i)){return INF}else if(s.match(/^-inf(inity)?$/i)){return NINF}else if(s.match(/^[+-]?nan$/i)){return NAN}
var pos=0,negate,ldexp=_b_.float.$funcs.ldexp
if(s[pos]=='-'){pos++
negate=1}else if(s[pos]=='+'){pos++}
if(s.substr(pos,2).toLowerCase()=='0x'){pos+=2}
var coeff_start=pos,coeff_end
while(hex_from_char(s[pos])>=0){pos++}
var save_pos=pos
if(s[pos]=='.'){pos++
while(hex_from_char(s[pos])>=0){pos++}
coeff_end=pos-1}else{
coeff_end=pos}
var ndigits=coeff_end-coeff_start,fdigits=coeff_end-save_pos
if(ndigits==0){throw parse_error()}
if(ndigits > Math.min(DBL_MIN_EXP-DBL_MANT_DIG-LONG_MIN/2,LONG_MAX/2+1-DBL_MAX_EXP)/4){throw insane_length_error()}
var exp
if(s[pos]=='p' ||s[pos]=='P'){pos++
var exp_start=pos
if(s[pos]=='-' ||s[pos ]=='+'){pos++}
if(!('0' <=s[pos]&& s[pos]<='9')){throw parse_error()}
pos++
while('0' <=s[pos]&& s[pos]<='9'){pos++}
exp=parseInt(s.substr(exp_start))}else{
exp=0}
function HEX_DIGIT(j){if(! Number.isInteger(j)){throw Error('j pas entier')}
return hex_from_char(s[j < fdigits ?
coeff_end-j :
coeff_end-1-j])}
while(ndigits > 0 && HEX_DIGIT(ndigits-1)==0){ndigits--}
if(ndigits==0 ||exp < LONG_MIN/2){x=ZERO
return finished()}
if(exp > LONG_MAX/2){console.log('overflow, exp',exp)
throw overflow_error()}
exp=exp-4*fdigits
var top_exp=exp+4*(ndigits-1)
for(let digit=BigInt(HEX_DIGIT(ndigits-1));digit !=0;digit/=2n){top_exp++}
if(top_exp < DBL_MIN_EXP-DBL_MANT_DIG){x=ZERO
return finished()}
if(top_exp > DBL_MAX_EXP){throw overflow_error()}
var lsb=Math.max(top_exp,DBL_MIN_EXP)-DBL_MANT_DIG
var x=0.0
if(exp >=lsb){
for(let i=ndigits-1;i >=0;i--){x=16.0*x+HEX_DIGIT(i)}
x=ldexp($B.fast_float(x),exp)
return finished()}
var half_eps=1 <<((lsb-exp-1)% 4),key_digit=parseInt((lsb-exp-1)/4)
for(let i=ndigits-1;i > key_digit;i--){x=16.0*x+HEX_DIGIT(i)}
let digit=HEX_DIGIT(key_digit)
x=16.0*x+(digit &(16-2*half_eps))
if((digit & half_eps)!=0){var round_up=0
if((digit &(3*half_eps-1))!=0 ||(half_eps==8 &&
key_digit+1 < ndigits &&(HEX_DIGIT(key_digit+1)& 1)!=0)){round_up=1}else{
for(let i=key_digit-1;i >=0;i--){if(HEX_DIGIT(i)!=0){round_up=1
break}}}
if(round_up){x+=2*half_eps
if(top_exp==DBL_MAX_EXP &&
x==ldexp(2*half_eps,DBL_MANT_DIG).value){
throw overflow_error()}}}
x=ldexp(x,(exp+4*key_digit))
return finished()}
float_funcs.hex=function(self){
self=float_value(self)
var TOHEX_NBITS=DBL_MANT_DIG+3-(DBL_MANT_DIG+2)% 4
if(isNaN(self.value)||! isFinite(self.value)){return _b_.repr(self)}
if(self.value==0){return Object.is(self.value,0)? "0x0.0p0" :"-0x0.0p0"}
var _a=frexp(fabs(self.value)),_m=_a[0],_e=_a[1],_shift=1-Math.max(-1021-_e,0)
_m=ldexp(fast_float(_m),_shift).value
_e-=_shift
var _int2hex="0123456789abcdef".split(""),_s=_int2hex[Math.floor(_m)]
_s+='.'
_m-=Math.floor(_m)
for(var i=0;i <(TOHEX_NBITS-1)/4;i++){_m*=16.0
_s+=_int2hex[Math.floor(_m)]
_m-=Math.floor(_m)}
var _esign="+"
if(_e < 0){_esign="-"
_e=-_e}
if(self.value < 0){return "-0x"+_s+"p"+_esign+_e}
return "0x"+_s+"p"+_esign+_e}
float_funcs.imag_get=function(self){return 0}
float_funcs.imag_set=_b_.None
float_funcs.is_integer=function(self){return Number.isInteger(self.value)}
float_funcs.real_get=function(self){return self}
float_funcs.real_set=_b_.None
_b_.float.classmethods=["from_number","fromhex","__getformat__"]
_b_.float.tp_methods=["conjugate","__trunc__","__floor__","__ceil__","__round__","as_integer_ratio","hex","is_integer","__getnewargs__","__format__"
]
_b_.float.tp_getset=["real","imag"]
7
$B.set_func_names(float,"builtins")
$B.MAX_VALUE=fast_float(Number.MAX_VALUE)
$B.MIN_VALUE=fast_float(2.2250738585072014e-308)
const NINF=fast_float(Number.NEGATIVE_INFINITY),INF=fast_float(Number.POSITIVE_INFINITY),NAN=fast_float(Number.NaN),ZERO=fast_float(0)})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
function conv_complex(...objs){var res=[]
for(var obj of objs){if($B.$isinstance(obj,_b_.float)){res.push($B.make_complex(obj))}else if($B.is_int(obj)){res.push($B.make_complex(obj))}else{
var complex_method=$B.$getattr($B.get_class(obj),'__complex__',$B.NULL)
if(complex_method !==$B.NULL){res.push($B.$call(complex_method,obj))}else{
res.push($B.NULL)}}}
return res}
var complex=_b_.complex
function complex_eq(self,other){if($B.$isinstance(other,complex)){return self.real.value==other.real.value &&
self.imag.value==other.imag.value}
if($B.is_int(other)){if(self.imag.value !=0){return false}
return self.real.value==other.valueOf()}
if($B.$isinstance(other,_b_.float)){if(! $B.rich_comp('__eq__',0,self.imag)){return false}
return self.real.value==other.value}
return _b_.NotImplemented}
const max_precision=2**31-4
complex.$getnewargs=function(self){return $B.fast_tuple([self.real,self.imag])}
function complex2expo(cx){var norm=Math.sqrt((cx.real.value*cx.real.value)+
(cx.imag.value*cx.imag.value)),sin=cx.imag.value/norm,cos=cx.real.value/norm,angle
if(cos==0){angle=sin==1 ? Math.PI/2 :3*Math.PI/2}else if(sin==0){angle=cos==1 ? 0 :Math.PI}else{
angle=Math.atan(sin/cos)}
return{norm:norm,angle:angle}}
function c_powi(x,n){if(n > 0){return c_powu(x,n)}else{
return c_quot(c_1,c_powu(x,-n))}}
function c_powu(x,n){var mask=1,r=c_1,p=x
while(mask > 0 && n >=mask){if(n & mask){r=c_prod(r,p)}
mask <<=1
p=c_prod(p,p)}
return r}
function c_prod(a,b){return make_complex(
a.real.value*b.real.value-a.imag.value*b.imag.value,a.real.value*b.imag.value+a.imag.value*b.real.value)}
function c_quot(a,b){var abs_breal=Math.abs(b.real.value),abs_bimag=Math.abs(b.imag.value)
if($B.rich_comp('__ge__',abs_breal,abs_bimag)){
if(abs_breal==0.0){$B.RAISE(_b_.ZeroDivisionError,)}else{
let ratio=b.imag.value/b.real.value,denom=b.real.value+b.imag.value*ratio
return make_complex((a.real.value+a.imag.value*ratio)/denom,(a.imag.value-a.real.value*ratio)/denom)}}else if(abs_bimag >=abs_breal){
let ratio=b.real.value/b.imag.value,denom=b.real.value*ratio+b.imag.value
if(b.imag.value==0.0){$B.RAISE(_b_.ZeroDivisionError,)}
return make_complex(
(a.real.value*ratio+a.imag.value)/denom,(a.imag.value*ratio-a.real.value)/denom)}else{
return $B.make_complex('nan','nan')}}
var _real=1,_real_mantissa=2,_sign=3,_imag=4,_imag_mantissa=5,_j=6
var expected_class={"__complex__":complex,"__float__":_b_.float,"__index__":_b_.int}
function _convert(obj){
if($B.$isinstance(obj,_b_.float)){return{method:'__float__',result:$B.float_value(obj)}}
var klass=$B.get_class(obj)
for(var method_name in expected_class){var method=$B.$getattr(klass,method_name,$B.NULL)
if(method !==$B.NULL){var res=$B.$call(method,obj)
if(!$B.$isinstance(res,expected_class[method_name])){$B.RAISE(_b_.TypeError,method_name+"returned non-"+
expected_class[method_name].__name__+
"(type "+$B.get_class(res)+")")}
if(method_name=='__index__' &&
$B.rich_comp('__gt__',res,__BRYTHON__.MAX_VALUE)){$B.RAISE(_b_.OverflowError,'int too large to convert to float')}
if(method_name=='__complex__' && ! $B.exact_type(res,complex)){$B.warn(_b_.DeprecationWarning,"__complex__ returned "+
`non-complex (type ${$B.class_name(res)}). `+
"The ability to return an instance of a strict subclass "+
"of complex is deprecated, and may be removed in a future "+
"version of Python.")}
return{result:res,method:method_name}}}
return null}
var make_complex=$B.make_complex=function(real,imag){return{
ob_type:complex,real:_b_.float.$factory(real),imag:_b_.float.$factory(imag)}}
var c_1=make_complex(1,0)
_b_.complex.nb_absolute=function(self){var _rf=isFinite(self.real.value),_if=isFinite(self.imag.value)
if((_rf && isNaN(self.imag.value))||(_if && isNaN(self.real.value))||
(isNaN(self.imag.value)&& isNaN(self.real.value))){return $B.fast_float(NaN)}
if(! _rf ||! _if){return $B.fast_float(Infinity)}
var mag=Math.sqrt(Math.pow(self.real.value,2)+
Math.pow(self.imag.value,2))
if(!isFinite(mag)&& _rf && _if){
$B.RAISE(_b_.OverflowError,"absolute value too large")}
return $B.fast_float(mag)}
_b_.complex.nb_add=function(self,other){var[x,y]=conv_complex(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return make_complex(x.real.value+y.real.value,x.imag.value+y.imag.value)}
_b_.complex.nb_bool=function(self){return(! $B.rich_comp('__eq__',self.real,0))||
! $B.rich_comp('__eq__',self.imag,0)}
_b_.complex.nb_subtract=function(self,other){var[x,y]=conv_complex(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return make_complex(x.real.value-y.real.value,x.imag.value-y.imag.value)}
_b_.complex.nb_multiply=function(self,other){var[x,y]=conv_complex(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
return make_complex(x.real.value*y.real.value-
x.imag.value*y.imag.value,x.imag.value*y.real.value+
x.real.value*y.imag.value)}
_b_.complex.nb_negative=function(self){return make_complex(-self.real.value,-self.imag.value)}
_b_.complex.nb_positive=function(self){return self}
_b_.complex.nb_power=function(self,other,mod){
var[x,y]=conv_complex(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
if(mod !==undefined && mod !==_b_.None){$B.RAISE(_b_.ValueError,'complex modulo')}
if($B.rich_comp('__eq__',other,1)){var funcs=_b_.float.$funcs
if(funcs.isinf(x.real)||funcs.isninf(x.real)||
funcs.isinf(x.imag)||funcs.isninf(x.imag)){$B.RAISE(_b_.OverflowError,'complex exponentiation')}
return self}
var small_int=null
if(y.imag.value==0 &&
Number.isInteger(y.real.value)&&
Math.abs(y.real.value)< 100){small_int=y.real.value}
if(small_int !==null){return c_powi(self,small_int)}
if($B.$isinstance(other,_b_.float)){other=_b_.float.$to_js_number(other)}
if(x.real.value==0 && x.imag.value==0){if(y.imag.value !=0 ||y.real.value < 0){$B.RAISE(_b_.ZeroDivisionError,'0.0 to a negative or complex power')}
return $B.make_complex(0,0)}
var exp=complex2expo(x),angle=exp.angle
if($B.is_int(other)){var res=Math.pow(exp.norm,other)
return make_complex(res*Math.cos(angle*other),res*Math.sin(angle*other))}else if($B.$isinstance(other,_b_.float)){var res=Math.pow(exp.norm,other)
return make_complex(res*Math.cos(angle*other.value),res*Math.sin(angle*other.value))}else if($B.$isinstance(other,complex)){
var x=other.real.value,y=other.imag.value
var pw=Math.pow(exp.norm,x)*Math.pow(Math.E,-y*angle),theta=y*Math.log(exp.norm)-x*angle
if(pw==Number.POSITIVE_INFINITY ||pw===Number.NEGATIVE_INFINITY){$B.RAISE(_b_.OverflowError,'complex exponentiation')}
return make_complex(pw*Math.cos(theta),pw*Math.sin(theta))}else{
$B.RAISE(_b_.TypeError,"unsupported operand type(s) "+
"for ** or pow(): 'complex' and '"+
$B.class_name(other)+"'")}}
_b_.complex.nb_true_divide=function(self,other){var[x,y]=conv_complex(self,other)
if(x===$B.NULL ||y===$B.NULL){return _b_.NotImplemented}
if(y.real.value==0 && y.imag.value==0){$B.RAISE(_b_.ZeroDivisionError,"division by zero")}
if(y.imag.value==0){
return make_complex($B.fast_float(x.real.value/y.real.value),$B.fast_float(x.imag.value/y.real.value))}else if(y.real.value==0){
return make_complex($B.fast_float(x.imag.value/y.imag.value),$B.fast_float(-x.real.value/y.imag.value))}
var _num=x.real.value*y.real.value+
x.imag.value*y.imag.value,_div=y.real.value*y.real.value+
y.imag.value*y.imag.value
var _num2=x.imag.value*y.real.value-
x.real.value*y.imag.value
return make_complex($B.fast_float(_num/_div),$B.fast_float(_num2/_div))}
_b_.complex.tp_hash=function(self){
return $B.$hash(self.real)+$B.$hash(self.imag)*1000003}
_b_.complex.tp_new=function(cls,args,kw){var nb_args=args.length+$B.str_dict_length(kw)
if(nb_args > 2){$B.RAISE(_b_.TypeError,`complex() takes at most 2 arguments (${nb_args} given)`
)}else if(nb_args==0){return $B.make_complex(0,0)}
var[first,second]=$B.unpack_args('complex',args,['first','second'],{first:$B.NULL,second:$B.NULL})
$B.check_expected_keywords('complex',kw,['real','imag'])
for(var entry of _b_.dict.$iter_items(kw)){if(entry.key=='real'){if(first !==$B.NULL){$B.RAISE(_b_.TypeError,`argument for complex() given by name ('real') `+
`and position (1)`
)}else{
first=entry.value}}}
if(typeof first=="string"){if(second !==$B.NULL){$B.RAISE(_b_.TypeError,"complex() can't take second arg "+
"if first is a string")}else{
var arg=first
first=first.trim()
if(first.startsWith("(")&& first.endsWith(")")){first=first.substr(1)
first=first.substr(0,first.length-1)}
var complex_re=/^\s*([+-]*(?:nan|inf(?:inity)?|[0-9_]*\.?[0-9_]*(e[+-]*[0-9_]*)?))([+-]?)((?:nan|inf(?:inity)?|[0-9_]*\.?[0-9_]*(e[+-]*[0-9_]*)?))(j?)\s*$/i
var parts=complex_re.exec(first)
function to_num(s){
try{
return _b_.float.$factory(s.charAt(0)+
s.substr(1).replace(/_/g,"")).value}catch(err){$B.RAISE(_b_.ValueError,"could not convert string "+
"to complex: '"+arg+"'")}}
if(parts===null){$B.RAISE(_b_.ValueError,"complex() arg is a malformed string")}
if(parts[_real]&& parts[_imag].startsWith('.')&&
parts[_sign]==''){$B.RAISE(_b_.ValueError,'complex() arg is a malformed string')}else if(parts[_real]=="." ||parts[_imag]=="." ||
parts[_real]==".e" ||parts[_imag]==".e" ||
parts[_real]=="e" ||parts[_imag]=="e"){$B.RAISE(_b_.ValueError,"complex() arg is a malformed string")}else if(parts[_j]!=""){if(parts[_sign]==""){first=0
if(parts[_real]=="+" ||parts[_real]==""){second=1}else if(parts[_real]=='-'){second=-1}else{second=to_num(parts[_real])}}else{
first=to_num(parts[_real])
second=parts[_imag]=="" ? 1 :to_num(parts[_imag])
second=parts[_sign]=="-" ?-second :second}}else{
if(parts[_sign]||parts[_imag]){$B.RAISE(_b_.ValueError,'complex() arg is a malformed string')}
first=to_num(parts[_real])
second=0}
var res=make_complex(first,second)
res.ob_type=cls
$B.init_dict(res)
return res}}
if($B.exact_type(first,complex)&& cls===complex && second===$B.NULL){return first}
var arg1=_convert(first),r,i
if(arg1===null){$B.RAISE(_b_.TypeError,"complex() first argument must be a "+
`string or a number, not '${$B.class_name(first)}'`)}
if(typeof second=="string"){$B.RAISE(_b_.TypeError,"complex() second arg can't be a string")}
var arg2=_convert(second===$B.NULL ? 0 :second)
if(arg2===null){$B.RAISE(_b_.TypeError,"complex() second argument must be a "+
`number, not '${$B.class_name(second)}'`)}
if(arg1.method=='__complex__'){if(arg2.method=='__complex__'){r=$B.rich_op('__sub__',arg1.result.real,arg2.result.imag)
i=$B.rich_op('__add__',arg1.result.imag,arg2.result.real)}else{
r=arg1.result.real
i=$B.rich_op('__add__',arg1.result.imag,arg2.result)}}else{
if(arg2.method=='__complex__'){r=$B.rich_op('__sub__',arg1.result,arg2.result.imag)
i=arg2.result.real}else{
r=arg1.result
i=arg2.result}}
res=make_complex(r,i)
res.ob_type=cls
$B.init_dict(res)
return res}
_b_.complex.tp_repr=function(self){$B.builtins_repr_check(complex,arguments)
var real=_b_.str.$factory(self.real),imag=_b_.str.$factory(self.imag)
if(real.endsWith('.0')){real=real.substr(0,real.length-2)}
if(imag.endsWith('.0')){imag=imag.substr(0,imag.length-2)}
if(Object.is(self.imag.value,-0)){imag="-0"}
var sign=imag.startsWith('-')? '' :'+'
if(self.real.value==0){if(Object.is(self.real.value,-0)){return "(-0"+sign+imag+"j)"}else{
return imag+"j"}}
if(self.imag.value > 0 ||isNaN(self.imag.value)){return "("+real+"+"+imag+"j)"}
if(self.imag.value==0){if(1/self.imag.value < 0){return "("+real+"-0j)"}
return "("+real+"+0j)"}
return "("+real+sign+imag+"j)"}
_b_.complex.tp_richcompare=function(self,other,op){var complex_func=$B.$getattr($B.get_class(other),'__complex__',$B.NULL)
if(complex_func !==$B.NULL){other=$B.$call(complex_func,other)}
switch(op){case '__eq__':
return complex_eq(self,other)
case '__ne__':
var res=complex_eq(self,other)
return res===_b_.NotImplemented ? res :! res
default:
return _b_.NotImplemented}}
var complex_funcs=_b_.complex.tp_funcs={}
complex_funcs.__complex__=function(self){
if($B.exact_type(self,complex)){return self}
return $B.make_complex(self.real,self.imag)}
complex_funcs.__format__=function(self,format_spec){if(format_spec.length==0){return _b_.str.$factory(self)}
var fmt=new $B.parse_format_spec(format_spec,self),type=fmt.conversion_type
var skip_re,add_parens
if(type===undefined ||'eEfFgGn'.indexOf(type)>-1){if(fmt.precision > max_precision){$B.RAISE(_b_.ValueError,'precision too big')}
if(fmt.fill_char=='0'){$B.RAISE(_b_.ValueError,"Zero padding is not allowed in complex format specifier")}
if(fmt.align=='='){$B.RAISE(_b_.ValueError,"'=' alignment flag is not allowed in complex format "+
"specifier")}
var re=self.real.value,precision=parseInt(fmt.precision,10)
if(type===undefined){type='r'
if(re==0 && Object.is(re,0)){skip_re=1}else{
add_parens=1}}else if(type=='n'){type='g'}
if(precision < 0){precision=6}else if(type=='r'){type='g'}
var format=$B.clone(fmt)
format.conversion_type=type
format.precision=precision
var res=''
if(! skip_re){res+=_b_.float.$format(self.real,format)
if(self.imag.value >=0){res+='+'}}
var formatted_im=_b_.float.$format(self.imag,format)
var pos=-1,last_num
for(var char of formatted_im){pos++
if(char.match(/\d/)){last_num=pos}}
formatted_im=formatted_im.substr(0,last_num+1)+'j'+
formatted_im.substr(last_num+1)
res+=formatted_im
if(add_parens){res='('+res+')'}
return res}
$B.RAISE(_b_.ValueError,`invalid type for complex: ${type}`)}
complex_funcs.__getnewargs__=function(){return complex.$getnewargs($B.single_arg('__getnewargs__','self',arguments))}
complex_funcs.conjugate=function(self){return make_complex(self.real.value,-self.imag.value)}
complex_funcs.from_number=function(cls,obj){var complex_func=$B.$getattr(obj,'__complex__',$B.NULL)
if(complex_func !==_b_.NULL){return $B.$call(complex_func)}
var float_func=$B.$getattr(obj,'__float__',$B.NULL)
if(float_func !==$B.NULL){return $B.make_complex($B.$call(float_func),0)}
var index_func=$B.$getattr(obj,'__index__',$B.NULL)
if(index_func !==$B.NULL){return $B.make_complex($B.$call(index_func),0)}
$R.RAISE(_b_.TypeError,`must be real number, not ${$B.class_name(obj)}`)}
_b_.complex.classmethods=["from_number"]
_b_.complex.tp_methods=["conjugate","__complex__","__getnewargs__","__format__"]
_b_.complex.tp_members=[["real",$B.TYPES.DOUBLE,"real",1],["imag",$B.TYPES.DOUBLE,"imag",1]
]
$B.set_func_names(complex,"builtins")})(__BRYTHON__);
;
"use strict";
(function($B){
var _b_=$B.builtins
const VERSION=Symbol('VERSION')
const KEYS=Symbol('KEYS')
const VALUES=Symbol('VALUES')
const HASHES=Symbol('HASHES')
const TABLE=Symbol('TABLE')
const SIZE=Symbol('SIZE')
$B.dict_proxy=function(dict){
if($B.exact_type(dict,_b_.dict)){
return dict}
var getitem=$B.type_getattribute($B.get_class(dict),'__getitem__')
var setitem=$B.type_getattribute($B.get_class(dict),'__setitem__')
return new Proxy(dict,{get(target,prop){return $B.$call(getitem,target,prop)},set(target,prop,value){return $B.$call(setitem,target,prop,value)}}
)}
$B.assign_dict=function(pyobj,jsobj){
if(! $B.get_dict(pyobj)){$B.init_dict(pyobj)}
Object.assign($B.get_dict(pyobj),jsobj)}
function PyDictViewSet_Check(op){return $B.$isinstance(op,[$B.dict_keys,$B.dict_items])}
function _PyDictView_Intersect(self,other){var dict_contains
if(! PyDictViewSet_Check(self)){[self,other]=[other,self]}
var len_self=dictview_len(self)
if($B.exact_type(other,_b_.set)&& len_self <=_b_.len(other)){return $B.$call($B.$getattr(other,'intersection'),self)}
if(PyDictViewSet_Check(other)){var len_other=dictview_len(other)
if(len_other > len_self){[self,other]=[other,self]}}
var result=_b_.set.tp_new(_b_.set,[],$B.empty_dict())
var it=$B.make_js_iterator(other)
if($B.$isinstance(self,$B.dict_keys)){dict_contains=$B.dict_keys.sq_contains}else{
dict_contains=dictitems_contains}
while(true){var item=it.next()
if(item.done){break}
var key=item.value
var rv=dict_contains(self,key)
if(rv){$B.set_add(result,key)}}
return result}
function all_contained_in(self,other){var iter=$B.make_js_iterator(self)
var contains=$B.$getattr(other,'__contains__')
var ok=true
while(true){var next=iter.next()
if(next.done){break}
ok=$B.$call(contains,next.value)
if(! ok){break}}
return ok}
function dictitems_contains(self,obj){if(! $B.is_tuple(obj)||_b_.tuple.mp_length(obj)!=2){return false}
let[key,value]=obj
let result=false
try{
let found=_b_.dict.mp_subscript(self.dict_obj,key)
result=$B.is_or_equals(found,value)}catch(err){$B.RAISE_IF_NOT(err,_b_.KeyError)}
return result}
function dictitems_xor(self,other){let d1=self.dict_obj
let d2=other.dict_obj
let temp_dict=_b_.dict.tp_funcs.copy(d1)
let result_set=_b_.set.$factory()
let it=_b_.dict.$iter_items(d2)
for(let entry of it){let key=entry.key
let val2=entry.value
let val1=dict.$lookup_by_key(temp_dict,key)
let to_delete=val1.found
? $B.is_or_equals(val1.value,val2)
:false
if(to_delete){dict.$delitem(temp_dict,key,val1.hash)}else{
let pair=$B.fast_tuple([key,val2])
_b_.set.tp_funcs.add(result_set,pair)}}
let remaining_pairs=_b_.dict.tp_funcs.items(temp_dict)
_b_.set.tp_funcs.update(result_set,remaining_pairs)
return result_set}
function dictview_len(self){return _b_.dict.mp_length(self.dict_obj)}
function dictview_richcompare(self,other,op){if(! $B.$isinstance(other,[_b_.set,_b_.frozenset,$B.dict_keys,$B.dict_items])){return _b_.NotImplemented}
var len_self=$B.get_class(self).mp_length(self)
var len_other=_b_.len(other)
var ok=false
switch(op){case '__eq__':
case '__ne__':
if(len_self==len_other){ok=all_contained_in(self,other)}
if(op=='__ne__'){ok=! ok}
break
case '__lt__':
if(len_self < len_other){ok=all_contained_in(self,other)}
break
case '__le__':
if(len_self <=len_other){ok=all_contained_in(self,other)}
break
case '__gt__':
if(len_self > len_other){ok=all_contained_in(other,self)}
break
case '__ge__':
if(len_self >=len_other){ok=all_contained_in(other,self)}
break}
return ok}
function dictviews_or(self,other){var result=$B.$call(_b_.set,self)
_b_.set.tp_funcs.update(result,other)
return result}
function dictviews_sub(self,other){var result=$B.$call(_b_.set,self)
var method=$B.$getattr(result,'difference_update')
$B.$call(method,other)
return result}
function dictviews_xor(self,other){if($B.$isinstance(self,$B.dict_items)&&
$B.$isinstance(other,$B.dict_items)){return dictitems_xor(self,other)}
var result=$B.$call(_b_.set,self)
$B.$call($B.$getattr(result,'symmetric_difference_update'),other)
return result}
var set_ops=["eq","le","lt","ge","gt","sub","rsub","and","rand","or","ror","xor","rxor"]
function is_sublist(t1,t2){
for(var i=0,ilen=t1.length;i < ilen;i++){var x=t1[i],flag=false
for(var j=0,jlen=t2.length;j < jlen;j++){if($B.rich_comp("__eq__",x,t2[j])){t2.splice(j,1)
flag=true
break}}
if(! flag){return false}}
return true}
const dict_view_op={__eq__:function(t1,t2){return t1.length==t2.length && is_sublist(t1,t2)},__ne__:function(t1,t2){return ! dict_view_op.__eq__(t1,t2)},__lt__:function(t1,t2){return t1.length < t2.length && is_sublist(t1,t2)},__gt__:function(t1,t2){return dict_view_op.__lt__(t2,t1)},__le__:function(t1,t2){return t1.length <=t2.length && is_sublist(t1,t2)},__ge__:function(t1,t2){return dict_view_op.__le__(t2,t1)},__and__:function(t1,t2){var items=[]
for(var i=0,ilen=t1.length;i < ilen;i++){var x=t1[i]
for(var j=0,jlen=t2.length;j < jlen;j++){if($B.rich_comp("__eq__",x,t2[j])){t2.splice(j,1)
items.push(x)
break}}}
return $B.$list(items)},__or__:function(t1,t2){var items=t1
for(var j=0,jlen=t2.length;j < jlen;j++){var y=t2[j],flag=false
for(var i=0,ilen=t1.length;i < ilen;i++){if($B.rich_comp("__eq__",y,t1[i])){t2.splice(j,1)
flag=true
break}}
if(! flag){items.push(y)}}
return items}}
var dict=_b_.dict
dict.$match_mapping_pattern=true 
$B.str_dict_contains=function(d,key){return d.hasOwnProperty(key)}
$B.str_dict_get=function(d,key,_default){if(d.hasOwnProperty(key)){return d[key]}
return _default===undefined ? $B.NULL :_default}
$B.str_dict_set=function(d,attr,value){d[attr]=value}
$B.str_dict_del=function(d,attr){delete d[attr]}
$B.str_dict_pop=function(d,attr){if(! d.hasOwnProperty(attr)){return $B.NULL}
delete d[attr]}
$B.str_dict_empty=function(d){return Object.keys(d).length==0}
$B.str_dict_length=function(d){return Object.keys(d).length}
$B.items_iterator=function(d){
var res=[]
if(self[KEYS]){for(var i=0,len=self[KEYS].length;i < len;i++){res.push([self[KEYS][i],self[VALUES[i]]])}}}
$B.hasOnlyStringKeys=function(d){return ! d[KEYS]}
$B.dict2kwarg=function(d){
var kw=dict.$to_obj(d)
return{$kw:[kw]}}
$B.dict_from_jsobj=function(obj){var d=$B.empty_dict()
for(var key in obj){$B.str_dict_set(d,key,obj[key])}
return d}
$B.dict_as_jsobj=function(d){return d}
dict.$to_obj=function(d){
var res={}
for(var entry of dict.$iter_items(d)){res[entry.key]=entry.value}
return res}
dict.$iter_items=function*(d){var version=d[VERSION]
if(! d[KEYS]){for(let key in d){yield{key,value:d[key]}
if(d[VERSION]!==version){$B.RAISE(_b_.RuntimeError,'dictionary changed size during iteration')}}
return}
for(var i=0,len=d[KEYS].length;i < len;i++){if(d[KEYS][i]!==undefined){yield{key:d[KEYS][i],value:d[VALUES][i],hash:d[HASHES][i]}
if(d[VERSION]!==version){$B.RAISE(_b_.RuntimeError,'dictionary changed size during iteration')}}}}
var $copy_dict=function(left,right){
right[VERSION]=right[VERSION]||0
var right_version=right[VERSION]
if(! right[KEYS]){if(! left[KEYS]){for(let key in right){left[key]=right[key]
if(left[$B.JSOBJ]){left[$B.JSOBJ][key]=right[key]}}}else{
for(let key in right){dict.$setitem(left,key,right[key])}}}else{
for(var entry of dict.$iter_items(right)){dict.$setitem(left,entry.key,entry.value,entry.hash)
if(right[VERSION]!=right_version){$B.RAISE(_b_.RuntimeError,"dict mutated during update")}}}}
function index_by_key(d,key,hash){
hash=hash ?? _b_.hash(key)
var indices=d[TABLE][hash],index
if(indices !==undefined){for(var index of indices){var v=d[KEYS][index]
if(v===undefined){d[TABLE][hash].splice(i,1)
if(d[TABLE][hash].length==0){delete d[TABLE][hash]
return null}
continue}
if(v===key ||$B.is_or_equals(v,key)){return index}}}
return null}
dict.$lookup_by_key=function(d,key,hash){hash=hash===undefined ? _b_.hash(key):hash
var indices=d[TABLE][hash],index
if(indices !==undefined){for(var i=0,len=indices.length;i < len;i++){index=indices[i]
if(d[KEYS][index]===undefined){d[TABLE][hash].splice(i,1)
if(d[TABLE][hash].length==0){delete d[TABLE][hash]
return{
found:false,hash}}
continue}
let k=d[KEYS][index]
let v=d[VALUES][index]
if($B.is_or_equals(d[KEYS][index],key)){return{
found:true,key:k,value:v,hash,rank:i,index}}}}
return{
found:false,hash}}
dict.$contains=function(self,key,hash){if(! self[KEYS]){if(typeof key=='string'){return self.hasOwnProperty(key)}
var hash_method=$B.$getattr($B.get_class(key),'__hash__')
if(hash_method===$B.str_dict_get($B.get_dict(_b_.object),'__hash__')){return false}
var hash=$B.$call(hash_method,key)
convert_all_str(self)}
return index_by_key(self,key,hash)!==null}
dict.$delitem=function(self,key,hash){if(self[$B.JSOBJ]){delete self[$B.JSOBJ][key]}
if(! self[KEYS]){if(typeof key=='string'){if(self.hasOwnProperty(key)){delete self[key]
return _b_.None}else{
$B.RAISE(_b_.KeyError,key)}}
if(! dict.$contains(self,key,hash)){$B.RAISE(_b_.KeyError,_b_.str.$factory(key))}}
var lookup=dict.$lookup_by_key(self,key,hash)
if(lookup.found){self[TABLE][lookup.hash].splice(lookup.rank,1)
if(self[TABLE][lookup.hash].length==0){delete self[TABLE][lookup.hash]}
delete self[VALUES][lookup.index]
delete self[KEYS][lookup.index]
delete self[HASHES][lookup.index]
self[VERSION]++
return _b_.None}
$B.RAISE(_b_.KeyError,_b_.str.$factory(key))}
$B.dict_delitem=dict.$delitem
function dict_eq(self,other){if(! self[KEYS]&& ! other[KEYS]){if(dict.mp_length(self)!==dict.mp_length(other)){return false}
for(let k in self){if(! other.hasOwnProperty(k)){return false}
if(! $B.is_or_equals(self[k],other[k])){return false}}
return true}
if(! self[KEYS]){let d=dict.tp_funcs.copy(self)
convert_all_str(d)
return dict_eq(d,other)}
if(! other[KEYS]){let d=dict.tp_funcs.copy(other)
convert_all_str(d)
return dict_eq(self,d)}
if(dict.mp_length(self)!=dict.mp_length(other)){return false}
for(var hash in self[TABLE]){var self_pairs=[]
for(let index of self[TABLE][hash]){self_pairs.push([self[KEYS][index],self[VALUES][index]])}
var other_pairs=[]
if(other[TABLE][hash]!==undefined){for(let index of other[TABLE][hash]){other_pairs.push([other[KEYS][index],other[VALUES][index]])}}
for(let self_pair of self_pairs){let flag=false,key=self_pair[0],value=self_pair[1]
for(let other_pair of other_pairs){if($B.is_or_equals(key,other_pair[0])&&
$B.is_or_equals(value,other_pair[1])){flag=true
break}}
if(! flag){return false}}}
return true}
function dict_init(self,args,kw){if(args===undefined){console.log('args undef')
console.log(Error('trace').stack)}
if(args.length > 1){$B.RAISE(_b_.TypeError,"dict expected at most 1 argument"+
`, got ${args.length}`)}else if(args.length==1){args=args[0]
if($B.exact_type(args,dict)){for(let entry of dict.$iter_items(args)){dict.$setitem(self,entry.key,entry.value,entry.hash)}}else if($B.get_class(args)===$B.JSObj){for(let key in args){$B.str_dict_set(self,key,$B.jsobj2pyobj(args[key]))}}else{
var keys=$B.$getattr($B.get_class(args),"keys",$B.NULL)
if(keys !==$B.NULL){var gi=$B.$getattr($B.get_class(args),"__getitem__",$B.NULL)
if(gi !==$B.NULL){
for(var key of $B.make_js_iterator($B.$call(keys,args))){try{
let value=$B.$call(gi,args,key)
dict.$setitem(self,key,value)}catch(err){if($B.is_exc(err,_b_.StopIteration)){break}
throw err}}}}else{
if(! Array.isArray(args)){args=_b_.list.$factory(args)}
init_from_list(self,args)}}}
for(let item of _b_.dict.$iter_items(kw)){dict.$setitem(self,item.key,item.value)}
return _b_.None}
function dict_repr(self){if($B.repr.enter(self)){return "{...}"}
let res=[]
for(let entry of dict.$iter_items(self)){res.push(_b_.repr(entry.key)+": "+_b_.repr(entry.value))}
$B.repr.leave(self)
return "{"+res.join(", ")+"}"}
dict.$delete_string=function(self,key){
if(! self[KEYS]){var ix=self[key]
if(ix !==undefined){delete self[key]}}
if(self[TABLE]){delete self[TABLE][_b_.hash(key)]}}
dict.$getitem=function(self,key,ignore_missing){
if(Object.hasOwn(self,$B.JSOBJ)){if(Object.hasOwn(self[$B.JSOBJ],key)){return $B.jsobj2pyobj(self[$B.JSOBJ][key])}
$B.RAISE(_b_.KeyError,key)}
if(typeof key=='string'){if(self.hasOwnProperty(key)){return self[key]}}else{
if(! self[TABLE]){var hash_method=$B.$getattr($B.get_class(key),'__hash__')
if(hash_method !==$B.str_dict_get($B.get_dict(_b_.object),'__hash__')){convert_all_str(self)
let index=index_by_key(self,key)
if(index !==null){return self[VALUES][index]}}}else{
let index=index_by_key(self,key)
if(index !==null){return self[VALUES][index]}}}
if(! ignore_missing){var klass=$B.get_class(self)
if(klass !==dict && ! ignore_missing){try{
var missing_method=$B.$getattr(klass,"__missing__",_b_.None)}catch(err){console.log(err)}
if(missing_method !==_b_.None){return missing_method(self,key)}}}
$B.RAISE(_b_.KeyError,key)}
dict.tp_hash=_b_.None
function init_from_list(self,args){var i=0
for(var item of args){
var pair=Array.isArray(item)? item :
Array.from($B.make_js_iterator_no_trace(item))
if(pair.length !=2){$B.RAISE(_b_.ValueError,"dictionary "+
`update sequence element #${i} has length ${pair.length}; 2 is required`)}
dict.$setitem(self,pair[0],pair[1])
i++}}
dict.$set_string_no_duplicate=function(d,keys,string,value){if(typeof string !=='string'){$B.RAISE(_b_.TypeError,'keywords must be strings')}
if(keys.has(string)){$B.RAISE(_b_.TypeError,'dict() got multiple values for keyword '+
`argument '${string}'`)}
d[string]=value
keys.add(string)}
function add_mapping(d,obj){for(var entry of _b_.dict.$iter_items(obj)){dict.$setitem(d,entry.key,entry.value,entry.hash)}}
function add_iterable(d,js_iterable){var i=0
for(var entry of js_iterable){var items=Array.from($B.make_js_iterator(entry))
if(items.length !==2){$B.RAISE(_b_.ValueError,"dictionary "+
`update sequence element #${i} has length ${items.length}; 2 is required`)}
dict.$setitem(d,items[0],items[1])
i++}}
dict.$iter_items_reversed=function*(d){var version=d[VERSION]
if(! d[TABLE]){for(var item of Object.entries(d).reverse()){yield $B.fast_tuple(item)
if(d[VERSION]!==version){$B.RAISE(_b_.RuntimeError,'dictionary changed size during iteration')}}}else{
for(var i=d[KEYS].length-1;i >=0;i--){var key=d[KEYS][i]
if(key !==undefined){yield $B.fast_tuple([key,d[VALUES][i]])
if(d[VERSION]!==version){$B.RAISE(_b_.RuntimeError,'dictionary changed size during iteration')}}}}
if(d[VERSION]!==version){$B.RAISE(_b_.RuntimeError,'dictionary changed size during iteration')}}
function convert_all_str(d){
d[TABLE]=Object.create(null)
d[KEYS]=[]
d[VALUES]=[]
d[HASHES]=[]
for(var key in d){dict.$setitem(d,key,d[key])}}
$B.nb_fast_setitem=0
dict.$setitem=function(self,key,value,$hash,from_setdefault){
if(self[$B.JSOBJ]){
value=$B.pyobj2jsobj(value)
self[$B.JSOBJ][key]=value}
var new_str_key
if(typeof key=='string'){
new_str_key=! Object.hasOwn(self,key)
self[key]=value}
if(! self[TABLE]){if(typeof key=='string'){var int=parseInt(key)
if(isNaN(int)||int >=0){if(new_str_key){self[VERSION]=self[VERSION]?? 0
self[VERSION]++}
self[key]=value
return _b_.None}else{
convert_all_str(self)}}else{
convert_all_str(self)}}
if(key instanceof String){key=key.valueOf()}
var hash=$hash !==undefined ? $hash :$B.$hash(key)
var index
if(self[TABLE][hash]===undefined){index=self[KEYS].length
self[TABLE][hash]=[index]}else{
if(! from_setdefault){
index=index_by_key(self,key,hash)
if(index !==null){if(! self[TABLE]){
convert_all_str(self)
self[TABLE][hash]=[index]
self[KEYS][index]=key}
self[VALUES][index]=value
return _b_.None}}
index=self[KEYS].length
if(self[TABLE][hash]===undefined){
self[TABLE][hash]=[index]}else{
self[TABLE][hash].push(index)}}
self[KEYS].push(key)
self[VALUES].push(value)
self[HASHES].push(hash)
self[VERSION]++
return _b_.None}
dict.$literal=function(items){var res=$B.empty_dict()
for(var item of items){dict.$setitem(res,item[0],item[1],item[2])}
return res}
dict.$factory=function(){var res=$B.empty_dict()
var args=[res]
for(var arg of arguments){args.push(arg)}
dict.tp_init.apply(null,args)
return res}
dict.$from_array=function(arrays){
var res=$B.empty_dict()
for(var item of arrays){dict.$setitem(res,item[0],item[1])}
return res}
_b_.dict.tp_richcompare=function(self,other,op){if(! $B.is_dict(other)&& ! $B.$isinstance(other,_b_.frozendict)){return _b_.NotImplemented}
var res
switch(op){case '__eq__':
res=dict_eq(self,other)
break
case '__ne__':
res=! dict_eq(self,other)
break
default:
res=_b_.NotImplemented
break}
return res}
_b_.dict.nb_or=function(self,other){
if(! $B.$isinstance(self,dict)||! $B.$isinstance(other,dict)){return _b_.NotImplemented}
var res=dict.tp_funcs.copy(self)
dict.tp_funcs.update(res,other)
return res}
_b_.dict.tp_repr=function(self){$B.builtins_repr_check(dict,arguments)
return dict_repr(self)}
_b_.dict.tp_hash=_b_.None
_b_.dict.tp_iter=function(self){return{
ob_type:$B.dict_keyiterator,it:_b_.dict.$iter_items(self),dict_obj:self}}
_b_.dict.tp_init=function(self){let[args,kw]=$B.parse_args_kw('__init__',arguments)
args=Array.from(args).slice(1)
return dict_init(self,args,kw)}
_b_.dict.nb_inplace_or=function(self,other){
dict.tp_funcs.update(self,other)
return self}
_b_.dict.mp_ass_subscript=function(self,key,value){if(value===$B.NULL){return dict.$delitem(self,key)}
return dict.$setitem(self,key,value)}
_b_.dict.mp_length=function(self){var count=0
if(self[KEYS]){for(var d of self[KEYS]){if(d !==undefined){count++}}}else{
count=Object.keys(self).length}
return count}
_b_.dict.mp_subscript=function(self){var $=$B.args("__getitem__",2,{self:null,arg:null},arguments)
var self=$.self,arg=$.arg
return dict.$getitem(self,arg)}
_b_.dict.sq_contains=function(self){var $=$B.args("__contains__",2,{self:null,key:null},arguments)
var self=$.self,key=$.key
return _b_.dict.$contains(self,key)}
_b_.dict.tp_new=function(cls,args,kw){if(cls===undefined){$B.RAISE(_b_.TypeError,"int.__new__(): not enough arguments")}
var instance=$B.empty_dict()
instance[$B.OB_TYPE]=cls
if(cls !==dict){$B.init_dict(instance)}
return instance}
var dict_funcs=_b_.dict.tp_funcs={}
dict_funcs.__class_getitem__=$B.$class_getitem
dict_funcs.__reversed__=function(self){return{
ob_type:$B.dict_reversekeyiterator,it:_b_.dict.$iter_items_reversed(self),dict_obj:self}}
dict_funcs.__sizeof__=function(self){return 48}
dict_funcs.clear=function(self){
var $=$B.args("clear",1,{self:null},arguments)
var self=$.self
if(self[TABLE]){delete self[TABLE]
delete self[HASHES]
delete self[KEYS]
delete self[VALUES]}
for(var key in self){delete self[key]}
self[VERSION]++
return _b_.None}
dict_funcs.copy=function(self){
var $=$B.args("copy",1,{self:null},arguments)
var self=$.self,res=$B.empty_dict()
if($B.exact_type(self,_b_.dict)){$copy_dict(res,self)
return res}
return res}
dict_funcs.fromkeys=function(){var $=$B.args("fromkeys",3,{cls:null,keys:null,value:null},arguments,{value:_b_.None})
var keys=$.keys,value=$.value
var cls=$.cls
var res=$B.$call(cls),klass=$B.get_class(res),
keys_iter=$B.$iter(keys),setitem=klass===dict ? dict.$setitem :$B.$getattr(klass,'__setitem__')
while(1){try{
var key=_b_.next(keys_iter)
$B.$call(setitem,res,key,value)}catch(err){if($B.is_exc(err,[_b_.StopIteration])){return res}
throw err}}}
dict_funcs.get=function(self){var $=$B.args("get",3,{self:null,key:null,_default:null},arguments,{_default:_b_.None})
try{
return dict.$getitem($.self,$.key,true)}catch(err){if($B.$isinstance(err,_b_.KeyError)){return $._default}else{
throw err}}}
dict_funcs.items=function(self){$B.args('items',1,{self:null},arguments)
return{
ob_type:$B.dict_items,dict_obj:self}}
dict_funcs.keys=function(self){$B.args('keys',1,{self:null},arguments)
return{
ob_type:$B.dict_keys,dict_obj:self}}
dict_funcs.pop=function(self){var $=$B.args("pop",3,{self:null,key:null,_default:null},arguments,{_default:$B.NULL})
var self=$.self,key=$.key,_default=$._default
try{
var res=dict.mp_subscript(self,key)
dict.mp_ass_subscript(self,key,$B.NULL)
return res}catch(err){if($B.is_exc(err,_b_.KeyError)){if(_default !==$B.NULL){return _default}
throw err}
throw err}}
dict_funcs.popitem=function(self){$B.check_nb_args_no_kw('popitem',1,arguments)
if(dict.mp_length(self)==0){$B.RAISE(_b_.KeyError,"'popitem(): dictionary is empty'")}
if(! self[TABLE]){for(var key in self){}
let res=$B.fast_tuple([key,self[key]])
delete self[key]
self[VERSION]++
return res}
var index=self[KEYS].length-1
while(index >=0){if(self[KEYS][index]!==undefined){let res=$B.fast_tuple([self[KEYS][index],self[VALUES][index]])
delete self[KEYS][index]
delete self[VALUES][index]
self[VERSION]++
return res}
index--}}
dict_funcs.setdefault=function(self){var $=$B.args("setdefault",3,{self:null,key:null,_default:null},arguments,{_default:_b_.None})
var self=$.self,key=$.key,_default=$._default
_default=_default===undefined ? _b_.None :_default
if(! self[TABLE]){if(typeof key==='string'){if(! self.hasOwnProperty(key)){self[key]=_default}
return self[key]}else{
convert_all_str(self)}}
var lookup=dict.$lookup_by_key(self,key)
if(lookup.found){if(self[TABLE]){
return lookup.value}}
var hash=lookup.hash
dict.$setitem(self,key,_default,hash,true)
return _default}
dict_funcs.update=function(self){var $=$B.args("update",1,{"self":null},arguments,null,"args","kw")
var self=$.self,args=$.args,kw=$.kw
if(args.length > 0){var o=args[0]
if($B.$isinstance(o,dict)){$copy_dict(self,o)}else if(_b_.hasattr(o,"keys")){var _keys=_b_.list.$factory($B.$call($B.$getattr(o,"keys")))
for(let i=0,len=_keys.length;i < len;i++){var getitem=$B.$getattr(o,"__getitem__",$B.NULL)
if(getitem !==$B.NULL){var _value=$B.$call(getitem,_keys[i])
dict.$setitem(self,_keys[i],_value)}}}else{
let it=_b_.iter(o),i=0,key_value
while(true){try{
var item=_b_.next(it)}catch(err){if($B.is_exc(err,_b_.StopIteration)){break}
throw err}
try{
key_value=_b_.list.$factory(item)}catch(err){$B.RAISE(_b_.TypeError,"cannot convert dictionary"+
" update sequence element #"+i+" to a sequence")}
if(key_value.length !==2){$B.RAISE(_b_.ValueError,"dictionary update "+
"sequence element #"+i+" has length "+
key_value.length+"; 2 is required")}
dict.$setitem(self,key_value[0],key_value[1])
i++}}}
$copy_dict(self,kw)
return _b_.None}
dict_funcs.values=function(self){$B.args('values',1,{self:null},arguments)
return{
ob_type:$B.dict_values,dict_obj:self}}
_b_.dict.tp_methods=["__sizeof__","get","setdefault","pop","popitem","keys","items","values","update","clear","copy","__reversed__"
]
_b_.dict.classmethods=["fromkeys","__class_getitem__"
]
$B.set_func_names(dict,"builtins")
$B.dict_get=dict.tp_funcs.get
$B.dict_items.tp_richcompare=function(self,other,op){return dictview_richcompare(self,other,op)}
$B.dict_items.nb_subtract=function(self,other){return dictviews_sub(self,other)}
$B.dict_items.nb_and=function(self,other){return _PyDictView_Intersect(self,other)}
$B.dict_items.nb_xor=function(self,other){return dictviews_xor(self,other)}
$B.dict_items.nb_or=function(self,other){return dictviews_or(self,other)}
$B.dict_items.tp_repr=function(self){var items=Array.from(dict.$iter_items(self.dict_obj)).map(
x=> $B.fast_tuple([x.key,x.value]))
items=$B.$list(items)
return 'dict_items('+_b_.repr(items)+')'}
$B.dict_items.tp_hash=_b_.None
$B.dict_items.tp_iter=function(self){return{
ob_type:$B.dict_itemiterator,it:_b_.dict.$iter_items(self.dict_obj),dict_obj:self.dict_obj}}
$B.dict_items.mp_length=function(self){return _b_.dict.mp_length(self.dict_obj)}
$B.dict_items.sq_contains=function(self,obj){if(! $B.is_tuple(obj)||obj.length !=2){return false}
var key=obj[0]
var value=obj[1]
try{
var result=_b_.dict.$getitem(self.dict_obj,key)}catch(err){$B.RAISE_IF_NOT(err,_b_.KeyError)
return false}
return $B.is_or_equals(result,value)}
var dict_items_funcs=$B.dict_items.tp_funcs={}
dict_items_funcs.__reversed__=function(self){return{
ob_type:$B.dict_reverseitemiterator,it:dict.$iter_items_reversed(self.dict_obj),dict_obj:self.dict_obj}}
dict_items_funcs.isdisjoint=function(self,other){var items=Array.from(dict.$iter_items(self.dict_obj))
.map(x=> $B.fast_tuple([x.key,x.value]))
var self_as_set=$B.$call(_b_.set,items)
return _b_.set.tp_funcs.isdisjoint(self_as_set,other)}
dict_items_funcs.mapping_get=function(self){return $B.mappingproxy.tp_new($B.mappingproxy,[self.dict_obj],$B.empty_dict())}
dict_items_funcs.mapping_set=_b_.None
$B.dict_items.tp_methods=["isdisjoint","__reversed__"]
$B.dict_items.tp_getset=["mapping"]
$B.dict_keys.tp_richcompare=function(self,other,op){return dictview_richcompare(self,other,op)}
$B.dict_keys.nb_subtract=function(self,other){return dictviews_sub(self,other)}
$B.dict_keys.nb_and=function(self,other){return _PyDictView_Intersect(self,other)}
$B.dict_keys.nb_xor=function(self,other){return dictviews_xor(self,other)}
$B.dict_keys.nb_or=function(self,other){return dictviews_or(self,other)}
$B.dict_keys.tp_repr=function(self){var keys=Array.from(dict.$iter_items(self.dict_obj)).map(x=> _b_.repr(x.key))
return `dict_keys([${keys}])`}
$B.dict_keys.tp_hash=_b_.None
$B.dict_keys.tp_iter=function(self){return{
ob_type:$B.dict_keyiterator,it:dict.$iter_items(self.dict_obj),dict_obj:self.dict_obj}}
$B.dict_keys.mp_length=function(self){return dict.mp_length(self.dict_obj)}
$B.dict_keys.sq_contains=function(self,value){for(var item of dict.$iter_items(self.dict_obj)){if($B.is_or_equals(item.key,value)){return true}}
return false}
var dict_keys_funcs=$B.dict_keys.tp_funcs={}
dict_keys_funcs.__reversed__=function(self){return{
ob_type:$B.dict_reversekeyiterator,it:_b_.dict.$iter_items_reversed(self.dict_obj),dict_obj:self.dict_obj}}
dict_keys_funcs.isdisjoint=function(self,other){var keys=Array.from(dict.$iter_items(self.dict_obj)).map(x=> x.key)
var self_as_set=$B.$call(_b_.set,keys)
return _b_.set.tp_funcs.isdisjoint(self_as_set,other)}
dict_keys_funcs.mapping_get=function(self){return $B.mappingproxy.tp_new($B.mappingproxy,[self.dict_obj],$B.empty_dict())}
dict_keys_funcs.mapping_set=_b_.None
$B.dict_keys.tp_methods=["isdisjoint","__reversed__"]
$B.dict_keys.tp_getset=["mapping"]
$B.dict_values.tp_repr=function(self){var values=Array.from(dict.$iter_items(self.dict_obj)).map(x=> x.value)
return `dict_values([${values}])`}
$B.dict_values.tp_iter=function(self){return{
ob_type:$B.dict_valueiterator,it:_b_.dict.$iter_items(self.dict_obj),dict_obj:self.dict_obj}}
$B.dict_values.mp_length=function(self){return _b_.dict.mp_length(self.dict_obj)}
var dict_values_funcs=$B.dict_values.tp_funcs={}
dict_values_funcs.__reversed__=function(self){return{
ob_type:$B.dict_reversevalueiterator,it:dict.$iter_items_reversed(self.dict_obj),dict_obj:self.dict_obj}}
dict_values_funcs.mapping_get=function(self){return $B.mappingproxy.tp_new($B.mappingproxy,[self.dict_obj],$B.empty_dict())}
dict_values_funcs.mapping_set=_b_.None
$B.dict_values.tp_methods=["__reversed__"]
$B.dict_values.tp_getset=["mapping"]
$B.set_func_names($B.dict_values,'builtins')
$B.dict_keyiterator.tp_iter=function(self){return self}
$B.dict_keyiterator.tp_iternext=function*(self){for(var item of self.it){yield item.key}}
var dict_keyiterator_funcs=$B.dict_keyiterator.tp_funcs={}
dict_keyiterator_funcs.__length_hint__=function(self){return _b_.dict.mp_length(self.dict_obj)}
dict_keyiterator_funcs.__reduce__=function(self){var keys=$B.$list(Array.from($B.dict_keyiterator.tp_iternext(self)))
return $B.fast_tuple([_b_.iter,$B.fast_tuple([keys])])}
$B.dict_keyiterator.tp_methods=["__length_hint__","__reduce__"]
$B.dict_reversekeyiterator.tp_iter=function(self){return self}
$B.dict_reversekeyiterator.tp_iternext=function*(self){for(var entry of self.it){yield entry[0]}}
var dict_reversekeyiterator_funcs=$B.dict_reversekeyiterator.tp_funcs={}
dict_reversekeyiterator_funcs.__length_hint__=function(self){return _b_.dict.mp_length(self.dict_obj)}
dict_reversekeyiterator_funcs.__reduce__=function(self){let keys=Array.from(self.it).map(x=> x[0])
return $B.fast_tuple([_b_.iter,$B.fast_tuple([$B.$list(keys)])])}
$B.dict_reversekeyiterator.tp_methods=["__length_hint__","__reduce__"]
$B.dict_valueiterator.tp_iter=function(self){return self}
$B.dict_valueiterator.tp_iternext=function*(self){for(var item of self.it){yield item.value}}
var dict_valueiterator_funcs=$B.dict_valueiterator.tp_funcs={}
dict_valueiterator_funcs.__length_hint__=function(self){return _b_.dict.mp_length(self.dict_obj)}
dict_valueiterator_funcs.__reduce__=function(self){let values_list=$B.$list(
Array.from($B.dict_valueiterator.tp_iternext(self))
)
return $B.fast_tuple([_b_.iter,$B.fast_tuple([values_list])])}
$B.dict_valueiterator.tp_methods=["__length_hint__","__reduce__"]
$B.dict_reversevalueiterator.tp_iter=function(self){return self}
$B.dict_reversevalueiterator.tp_iternext=function*(self){for(var item of self.it){yield item[1]}}
var dict_reversevalueiterator_funcs=$B.dict_reversevalueiterator.tp_funcs={}
dict_reversevalueiterator_funcs.__length_hint__=function(self){return _b_.dict.mp_length(self.dict_obj)}
dict_reversevalueiterator_funcs.__reduce__=function(self){let values=Array.from(self.it).map(x=> x[1])
return $B.fast_tuple([_b_.iter,$B.fast_tuple([$B.$list(values)])])}
$B.dict_reversevalueiterator.tp_methods=["__length_hint__","__reduce__"]
$B.dict_itemiterator.tp_iter=function(self){return self}
$B.dict_itemiterator.tp_iternext=function*(self){for(var item of self.it){yield $B.fast_tuple([item.key,item.value])}}
var dict_itemiterator_funcs=$B.dict_itemiterator.tp_funcs={}
dict_itemiterator_funcs.__length_hint__=function(self){return_b_.dict.mp_length(self.obj)}
dict_itemiterator_funcs.__reduce__=function(self){let items_list=$B.$list(Array.from($B.dict_itemiterator.tp_iternext(self)))
return $B.fast_tuple([_b_.iter,$B.fast_tuple([items_list])])}
$B.dict_itemiterator.tp_methods=["__length_hint__","__reduce__"]
$B.dict_reverseitemiterator.tp_iter=function(self){return self}
$B.dict_reverseitemiterator.tp_iternext=function*(self){for(var item of self.it){yield item}}
var dict_reverseitemiterator_funcs=$B.dict_reverseitemiterator.tp_funcs={}
dict_reverseitemiterator_funcs.__length_hint__=function(self){return _b_.dict.mp_length(self.dict_obj)}
dict_reverseitemiterator_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.iter,$B.fast_tuple([$B.$list(Array.from(self.it))])])}
$B.dict_reverseitemiterator.tp_methods=["__length_hint__","__reduce__"]
$B.empty_dict=function(){var res={}
res[$B.OB_TYPE]=dict
res[VERSION]=0
return res}
dict.$from_js=function(jsobj){var res=$B.empty_dict()
for(var key in jsobj){dict.$setitem(res,key,jsobj[key])}
return res}
function is_any_dict(obj){return $B.is_dict(obj)||$B.exact_type(obj,_b_.frozendict)}
function frozendict_or(self,other){if($B.exact_type(self,_b_.frozendict)){
if(_b_.frozendict.mp_length(self)==0
&& $B.exact_type(other,_b_.frozendict)){return other}
if(is_any_dict(other)&& _b_.dict.mp_length(other)==0){return self}}
return _b_.dict.nb_or(self,other)}
const _PyTuple_HASH_XXPRIME_1=2654435761
const _PyTuple_HASH_XXPRIME_2=2246822519
const _PyTuple_HASH_XXPRIME_5=374761393
const _PyTuple_HASH_XXROTATE=(x)=>((x << 13)|(x >> 19))
function frozendict_pair_hash(key_hash,value){const len=2
let acc=_PyTuple_HASH_XXPRIME_5
let lane=key_hash
acc+=lane*_PyTuple_HASH_XXPRIME_2
acc=_PyTuple_HASH_XXROTATE(acc)
acc*=_PyTuple_HASH_XXPRIME_1
lane=$B.$hash(value)
if(lane==-1){return-1}
acc+=lane*_PyTuple_HASH_XXPRIME_2
acc=_PyTuple_HASH_XXROTATE(acc)
acc*=_PyTuple_HASH_XXPRIME_1
acc+=len ^(_PyTuple_HASH_XXPRIME_5 ^ 3527539)
if(acc==-1){acc=1546275796}
return acc}
function _shuffle_bits(h){return((h ^ 89869747)^(h << 16))*3644798167}
const HASHVALUE=Symbol('HASHVALUE')
_b_.frozendict.tp_richcompare=_b_.dict.tp_richcompare
_b_.frozendict.nb_or=function(self){}
_b_.frozendict.tp_repr=function(self){$B.builtins_repr_check(_b_.frozendict,arguments)
return `frozendict(${dict_repr(self)})`}
_b_.frozendict.tp_hash=function(self){if(Object.hasOwn(self,HASHVALUE)){return self[HASHVALUE]}
let hash=0
let value
let pos
let key_hash
for(var entry of _b_.dict.$iter_items(self)){let pair_hash=frozendict_pair_hash(entry.key,entry.value)
if(pair_hash==-1){return-1}
hash ^=_shuffle_bits(pair_hash)}
var ma_used=_b_.dict.mp_length(self)
hash ^=(ma_used+1)*1927868237
hash ^=(hash >> 11)^(hash >> 25)
hash=hash*69069+907133923
if(hash==-1){hash=590923713}
self[HASHVALUE]=hash
return hash}
_b_.frozendict.tp_iter=_b_.dict.tp_iter
_b_.frozendict.tp_new=function(cls,args,kw){var instance=$B.empty_dict()
instance[$B.OB_TYPE]=cls
dict_init(instance,args,kw)
return instance}
_b_.frozendict.mp_length=function(self){}
_b_.frozendict.mp_subscript=_b_.dict.mp_subscript
_b_.frozendict.sq_contains=_b_.dict.sq_contains
var frozendict_funcs=_b_.frozendict.tp_funcs={}
frozendict_funcs.__class_getitem__=$B.$class_getitem
frozendict_funcs.__getnewargs__=function(self){let d=dict.$factory(self)
return $B.fast_tuple([d])}
frozendict_funcs.__reversed__=dict_funcs.__reversed__
frozendict_funcs.__sizeof__=dict_funcs.__sizeof__
frozendict_funcs.copy=function(self){
var $=$B.args("copy",1,{self:null},arguments)
var self=$.self,res=$B.empty_dict()
res[$B.OB_TYPE]=_b_.frozendict
if($B.exact_type(self,_b_.frozendict)){$copy_dict(res,self)}
return res}
frozendict_funcs.fromkeys=dict_funcs.values
frozendict_funcs.get=dict_funcs.get
frozendict_funcs.items=dict_funcs.items
frozendict_funcs.keys=dict_funcs.keys
frozendict_funcs.values=dict_funcs.values
_b_.frozendict.tp_methods=["__sizeof__","get","keys","items","values","copy","__reversed__","__getnewargs__"]
_b_.frozendict.classmethods=["fromkeys","__class_getitem__"]
$B.set_func_names(_b_.frozendict,'builtins')
var mappingproxy=$B.mappingproxy
mappingproxy.$factory=function(obj){var res
if($B.$isinstance(obj,dict)){res=dict.$to_obj(obj)}else{
res=obj}
res.ob_type=mappingproxy
res.mapping=obj
res[VERSION]=0
return res}
mappingproxy.$match_mapping_pattern=true 
$B.mappingproxy.tp_richcompare=function(self,other,op){return $B.rich_comp(op,self.mapping,other)}
$B.mappingproxy.nb_or=function(self){}
$B.mappingproxy.tp_repr=function(self){return dict.tp_repr(self.mapping)}
$B.mappingproxy.tp_hash=_b_.None
$B.mappingproxy.tp_str=function(self){return $B.mappingproxy.tp_repr(self)}
$B.mappingproxy.tp_iter=function(self){return{
ob_type:$B.dict_keyiterator,it:mappingproxy_iter_items(self),dict_obj:self.mapping}}
$B.mappingproxy.tp_new=function(cls,args,kw){kw=kw ?? $B.empty_dict()
var nb_kwargs=$B.str_dict_length(kw)
var nb_args=args.length+nb_kwargs
var mapping
if(nb_args==0){$B.RAISE(_b_.TypeError,"mappingproxy() missing required argument 'mapping' (pos 1)"
)}else if(nb_args > 1){$B.RAISE(_b_.TypeError,`mappingproxy() takes at most 1 argument (${nb_args} given)`
)}else if(args.length==0){$B.check_expected_keywords('mappingproxy',['mapping'],kw)
if(nb_kwargs > 1){$B.RAISE(_b_.TypeError,`mappingproxy() takes at most 1 keyword argument `+
`(${nb_kwargs} given)`
)}
mapping=$B.str_dict_get(kw,'mapping')}else{
mapping=args[0]}
return{
ob_type:cls,mapping}}
$B.mappingproxy.nb_inplace_or=function(self){}
$B.mappingproxy.mp_length=function(self){return dict.mp_length(self.mapping)}
$B.mappingproxy.mp_subscript=function(self,key){return dict.$getitem(self.mapping,key)}
$B.mappingproxy.sq_contains=function(self,key){return dict.$contains(self.mapping,key)}
var mappingproxy_funcs=$B.mappingproxy.tp_funcs={}
mappingproxy_funcs.__class_getitem__=function(self){}
mappingproxy_funcs.__reversed__=function(self){}
mappingproxy_funcs.copy=function(self){
return $B.$call($B.$getattr(self.mapping,'copy'))}
mappingproxy_funcs.get=function(self,key,_default){if(dict.$contains(self.mapping,key)){return dict.$getitem(self.mapping,key)}
return _default ?? _b_.None}
mappingproxy_funcs.items=function(self){return _b_.dict.tp_funcs.items(self.mapping)}
mappingproxy_funcs.keys=function(self){return{
ob_type:$B.dict_keyiterator,it:mappingproxy_iter_items(self),dict_obj:self.mapping}}
mappingproxy_funcs.values=function(self){return _b_.dict.tp_funcs.values(self.mapping)}
$B.mappingproxy.functions_or_methods=["__new__"]
$B.mappingproxy.tp_methods=["get","keys","values","items","copy","__reversed__"]
$B.mappingproxy.classmethods=["__class_getitem__"]
$B.set_func_names(mappingproxy,"builtins")
function*mappingproxy_iter_items(self){for(var item of dict.$iter_items(self.mapping)){yield{key:item.key,value:item.value}}}
function jsobj2dict(x,exclude){exclude=exclude ||function(){return false}
var d=$B.empty_dict()
for(var attr in x){if(attr.charAt(0)!="$" && ! exclude(attr)){if(x[attr]===null){dict.$setitem(d,attr,_b_.None)}else if(x[attr]===undefined){continue}else{
dict.$setitem(d,attr,$B.jsobj2pyobj(x[attr]))}}}
return d}})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins,isinstance=$B.$isinstance
function check_not_tuple(self,attr){if($B.exact_type(self,tuple)){throw $B.attr_error(attr,self)}}
_b_.list[$B.FAST_ITER]=_b_.tuple[$B.FAST_ITER]=function(t,set_lineno,frame,lineno){var obj={ix:-1}
return{
[Symbol.iterator](){return this},next(){set_lineno(frame,lineno)
obj.ix++
if(obj.ix >=t.length){return{done:true,value:null}}
var value=t[obj.ix]
return{done:false,value}}}}
function count(self){var $=$B.args("count",2,{self:null,x:null},arguments)
var res=0
for(var _item of $.self){if($B.is_or_equals(_item,$.x)){res++}}
return res}
function sq_repeat(self,other){var cls=$B.is_list(self)? _b_.list :_b_.tuple
if($B.$isinstance(other,[_b_.float,_b_.complex])){$B.RAISE(_b_.TypeError,"'"+$B.class_name(other)+
"' object cannot be interpreted as an integer")}
try{
other=$B.PyNumber_Index(other)}catch(err){return _b_.NotImplemented}
if(typeof other=='number'){if(self.length==0 ||other < 0){return cls.tp_new(cls)}
if(self.length > $B.max_array_size/other){$B.RAISE(_b_.OverflowError,`cannot fit `+
`'${$B.class_name(other)}' into an index-sized integer`)}
var res=[],$temp=self.slice(),len=$temp.length
for(var i=0;i < other;i++){for(var j=0;j < len;j++){res.push($temp[j])}}
res.ob_type=cls
return res}else if($B.is_big_int(other)){$B.RAISE(_b_.OverflowError,`cannot fit `+
`'${$B.class_name(other)}' into an index-sized integer`)}else{
return _b_.NotImplemented}}
function index(self){var missing={},$=$B.args("index",4,{self:null,x:null,start:null,stop:null},arguments,{start:0,stop:missing})
var self=$.self,start=$.start,stop=$.stop
if($B.is_big_int(start)){start=Number($B.int_value(start))}
if(start < 0){start=Math.max(0,start+self.length)}
if(stop===missing){stop=self.length}else{
if($B.is_big_int(stop)){stop=Number($B.int_value(stop))}
if(stop < 0){stop=Math.min(self.length,stop+self.length)}
stop=Math.min(stop,self.length)}
for(var i=start;i < stop;i++){if($B.rich_comp('__eq__',$.x,self[i])){return i}}
$B.RAISE(_b_.ValueError,_b_.repr($.x)+" is not in "+
$B.class_name(self))}
function mp_subscript(self,key){var klass=$B.get_class(self)
var factory=function(list_res){list_res.ob_type=klass
return list_res}
if($B.$isinstance(key,_b_.slice)){return _b_.list.$getitem_slice(self,key)}
try{
var int_key=$B.PyNumber_Index(key)}catch(err){$B.RAISE(_b_.TypeError,$B.class_name(self)+
" indices must be integers or slices, not "+$B.class_name(key))}
let items=self.valueOf(),pos=int_key
if(int_key < 0){pos=items.length+pos}
if(pos >=0 && pos < items.length){return items[pos]}
$B.RAISE(_b_.IndexError,$B.class_name(self)+
" index out of range")}
function sq_concat(self,other){var cls=$B.$isinstance(self,tuple)? tuple :list
if(! $B.$isinstance(other,cls)){return _b_.NotImplemented}
var res=self.slice()
for(const item of other){res.push(item)}
if(cls===tuple){return tuple.$factory(res)}else{
return $B.$list(res)}}
function sq_contains(self){var $=$B.args("__contains__",2,{self:null,item:null},arguments)
var self=$.self,item=$.item
for(var _item of self){if($B.is_or_equals(_item,item)){return true}}
return false}
function tp_richcompare(self,other,op){var cls=$B.is_list(self)? _b_.list :_b_.tuple
if(! $B.$isinstance(other,cls)){return _b_.NotImplemented}
var res
switch(op){case '__eq__':
res=eq(self,other)
break
case '__ne__':
var test=eq(self,other)
if(test===_b_.NotImplemented){res=test}else{
res=! test}
break
case '__lt__':
res=lt(self,other)
break
case '__le__':
res=le(self,other)
break
case '__ge__':
res=ge(self,other)
break
case '__gt__':
res=gt(self,other)
break
default:
return _b_.NotImplemented
break}
return res}
var list=_b_.list
list.$match_sequence_pattern=true 
list.$is_sequence=true
$B.list_delitem=function(self,arg){if(isinstance(arg,_b_.int)){let pos=arg
if(arg < 0){pos=self.length+pos}
if(pos >=0 && pos < self.length){self.splice(pos,1)
return _b_.None}
$B.RAISE(_b_.IndexError,$B.class_name(self)+
" index out of range")}
if(isinstance(arg,_b_.slice)){
var s=_b_.slice.$conv_for_seq(arg,self.length)
var start=s.start,stop=s.stop,step=s.step
let res=[],pos=0
if(step > 0){if(stop > start){for(let i=start;i < stop;i+=step){if(self[i]!==undefined){res[pos++]=i}}}}else{
if(stop < start){for(let i=start;i > stop;i+=step){if(self[i]!==undefined){res[pos++]=i}}
res.reverse()}}
let i=res.length
while(i--){self.splice(res[i],1)}
return _b_.None}
if(_b_.hasattr(arg,"__int__")||_b_.hasattr(arg,"__index__")){$B.list_delitem(self,_b_.int.$factory(arg))
return _b_.None}
$B.RAISE(_b_.TypeError,$B.class_name(self)+
" indices must be integer, not "+$B.class_name(arg))}
list.$getitem_slice=function(self,key){
var klass=$B.$isinstance(self,tuple)? tuple :list
if(key.start===_b_.None && key.stop===_b_.None &&
key.step===_b_.None){let res=self.slice()
res.ob_type=klass
return res}
let s=_b_.slice.$conv_for_seq(key,self.length)
let res=[],items=self.valueOf(),pos=0,start=s.start,stop=s.stop,step=s.step
res.ob_type=klass
if(step > 0){if(stop <=start){return res}
for(let i=start;i < stop;i+=step){res[pos++]=items[i]}
return res}else{
if(stop > start){return res}
for(let i=start;i > stop;i+=step){res[pos++]=items[i]}
return res}}
list.__hash__=_b_.None
var list_iterator=$B.list_iterator
$B.list_iterator.tp_iter=function(self){return self}
$B.list_iterator.tp_iternext=function*(self){for(var value of self.it){yield value}}
var list_iterator_funcs=$B.list_iterator.tp_funcs={}
list_iterator_funcs.__length_hint__=function(self){return self.len}
list_iterator_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.iter,$B.fast_tuple([list.$factory(self)]),0])}
list_iterator_funcs.__setstate__=function(self){}
$B.list_iterator.tp_methods=["__length_hint__","__reduce__","__setstate__"]
var eq=$B.list_eq=function(self,other){if($B.PYOBJ_MAP.has(other)){other=$B.PYOBJ_MAP.get(other)}
var cls=$B.$isinstance(self,list)? list :tuple
if(isinstance(other,cls)){if(other.length==self.length){var i=self.length
while(i--){if(! $B.is_or_equals(self[i],other[i])){return false}}
return true}
return false}
return _b_.NotImplemented}
function ge(self,other){
if(! isinstance(other,list)){return _b_.NotImplemented}
var res=le(other,self)
if(res===_b_.NotImplemented){return res}
return res}
function gt(self,other){
if(! $B.$isinstance(other,list)){return _b_.NotImplemented}
var res=lt(other,self)
if(res===_b_.NotImplemented){return res}
return res}
function le(self,other){
if(! $B.$isinstance(other,[list,_b_.tuple])){return _b_.NotImplemented}
var i=0
while(i < self.length && i < other.length &&
$B.is_or_equals(self[i],other[i])){i++}
if(i==self.length){
return self.length <=other.length}
if(i==other.length){
return false}
return $B.rich_comp('__le__',self[i],other[i])}
function lt(self,other){
if(! isinstance(other,[list,_b_.tuple])){return _b_.NotImplemented}
var i=0
while(i < self.length && i < other.length &&
$B.is_or_equals(self[i],other[i])){i++}
if(i==self.length){
return self.length < other.length}
if(i==other.length){
return false}
return $B.rich_comp('__lt__',self[i],other[i])}
function _repr(self){
if($B.repr.enter(self)){
return '[...]'}
var _r=[],res
for(var i=0;i < self.length;i++){_r.push(_b_.repr(self[i]))}
if(isinstance(self,tuple)){if(self.length==1){res="("+_r[0]+",)"}else{
res="("+_r.join(", ")+")"}}else{
res="["+_r.join(", ")+"]"}
$B.repr.leave(self)
return res}
$B.list_reverseiterator.tp_iter=function(self){return self}
$B.list_reverseiterator.tp_iternext=function*(self){if(self.counter >=0){var res=self.items[self.counter]
self.counter--
yield res}}
var list_reverseiterator_funcs=$B.list_reverseiterator.tp_funcs={}
list_reverseiterator_funcs.__length_hint__=function(self){return self.items.length}
list_reverseiterator_funcs.__reduce__=function(self){return $B.fast_tuple([_b_.iter,$B.fast_tuple([list.$factory(self).reverse()]),0])}
list_reverseiterator_funcs.__setstate__=function(self){}
$B.list_reverseiterator.tp_methods=["__length_hint__","__reduce__","__setstate__"]
function set_list_slice(obj,start,stop,value){var res=_b_.list.$factory(value)
if(res.length > 16384){
var tail=obj.slice(stop)
obj.length=start
for(var k=0;k < res.length;k+=16384){obj.push.apply(obj,res.slice(k,k+16384))}
for(var k=0;k < tail.length;k+=16384){obj.push.apply(obj,tail.slice(k,k+16384))}}else{
obj.splice.apply(obj,[start,stop-start].concat(res))}}
function set_list_slice_step(obj,start,stop,step,value){if(step==1){return set_list_slice(obj,start,stop,value)}
if(step==0){$B.RAISE(_b_.ValueError,"slice step cannot be zero")}
var repl=_b_.list.$factory(value),j=0,test,nb=0
if(step > 0){test=function(i){return i < stop}}else{
test=function(i){return i > stop}}
for(var i=start;test(i);i+=step){nb++}
if(nb !=repl.length){$B.RAISE(_b_.ValueError,"attempt to assign sequence of size "+repl.length+
" to extended slice of size "+nb)}
for(var i=start;test(i);i+=step){obj[i]=repl[j]
j++}}
list.$setitem=function(self,arg,value){
if(typeof arg=="number" ||isinstance(arg,_b_.int)){var pos=$B.PyNumber_Index(arg)
if(arg < 0){pos=self.length+pos}
if(pos >=0 && pos < self.length){self[pos]=value}else{
$B.RAISE(_b_.IndexError,"list assignment index out of range")}
return _b_.None}
if(isinstance(arg,_b_.slice)){var s=_b_.slice.$conv_for_seq(arg,self.length)
if(arg.step===null){set_list_slice(self,s.start,s.stop,value)}else{
set_list_slice_step(self,s.start,s.stop,s.step,value)}
return _b_.None}
if(_b_.hasattr(arg,"__int__")||_b_.hasattr(arg,"__index__")){list.mp_ass_subscript(self,_b_.int.$factory(arg),value)
return _b_.None}
$B.RAISE(_b_.TypeError,"list indices must be integer, not "+
$B.class_name(arg))}
function $elts_class(self){
if(self.length==0){return null}
var cl=$B.get_class(self[0]),i=self.length
while(i--){if($B.get_class(self[i])!==cl){return false}}
return cl}
$B.$list=function(t){t=t ??[]
t.ob_type=_b_.list
return t}
var factory=function(obj){var $=$B.args(this.tp_name,0,{},arguments,null,'args','kw')
var args=$.args,kw=$.kw
if(_b_.dict.mp_length(kw)){$B.RAISE(_b_.TypeError,`${klass.tp_name}() takes no keyword arguments`
)}
var klass=this 
if(args.length==0){return $B.$list([])}else if(args.length > 1){$B.RAISE(_b_.TypeError,`${this.tp_name} expected at most 1 argument, got ${args.length}`
)}
var obj=args[0]
if(Array.isArray(obj)&& obj.ob_type){
obj=obj.slice()
obj.ob_type=klass
return obj}
let res=Array.from($B.make_js_iterator(obj))
res.ob_type=klass
return res}
list.$factory=function(){return factory.apply(list,arguments)}
list.$unpack=function(obj){
try{
return _b_.list.$factory(obj)}catch(err){try{
var it=$B.$iter(obj)
$B.$call($B.$getattr(it,"__next__"))}catch(err1){if($B.is_exc(err1,[_b_.TypeError])){$B.RAISE(_b_.TypeError,`Value after * must be an iterable, not ${$B.class_name(obj)}`)}
throw err1}
throw err}}
_b_.list.tp_richcompare=function(){return tp_richcompare.apply(this,arguments)}
_b_.list.sq_repeat=function(){return sq_repeat.apply(null,arguments)}
_b_.list.mp_ass_subscript=function(self,key,value){if(value===$B.NULL){return $B.list_delitem(self,key)}else{
return list.$setitem(self,key,value)}}
_b_.list.tp_repr=function(self){$B.builtins_repr_check(list,arguments)
return _repr(self)}
_b_.list.tp_hash=_b_.None
_b_.list.tp_iter=function(self){var res={ob_type:list_iterator,it:self[Symbol.iterator](),len:self.length}
return res}
_b_.list.tp_init=function(self){var $=$B.args('__init__',1,{self:null},arguments,null,'args','kw')
var self=$.self,args=$.args,kw=$.kw
if(args.length > 1){$B.RAISE(_b_.TypeError,'expected at most 1 argument, got '+
args.length)}
if(_b_.len(kw)> 0){$B.RAISE(_b_.TypeError,'list() takes no keyword arguments')}
while(self.length > 0){self.pop()}
var arg=args[0]
if(arg===undefined){return _b_.None}
var pos=0
var it=$B.make_js_iterator(arg)
for(var item of it){self[pos++]=item}
return _b_.None}
_b_.list.tp_new=function(cls,args,kw){
if(cls===undefined){$B.RAISE(_b_.TypeError,"list.__new__(): not enough arguments")}
var res=[]
res.ob_type=cls
if(cls !==list){$B.init_dict(res)}
return res}
_b_.list.nb_inplace_add=function(){var $=$B.args("__iadd__",2,{self:null,x:null},arguments)
var x=list.$factory($.x)
for(var i=0;i < x.length;i++){$.self.push(x[i])}
return $.self}
_b_.list.nb_inplace_multiply=function(self){var $=$B.args("__imul__",2,{self:null,x:null},arguments)
var len=$.self.length,pos=len
try{
var x=$B.PyNumber_Index($.x)}catch(err){$B.RAISE(_b_.TypeError,`can't multiply sequence by non-int`+
` of type '${$B.class_name($.x)}'`)}
if(x==0){list.clear($.self)
return $.self}
for(var i=1;i < x;i++){for(var j=0;j < len;j++){$.self[pos++]=$.self[j]}}
return $.self}
_b_.list.mp_length=function(self){return self.length}
_b_.list.mp_subscript=function(){return mp_subscript.apply(null,arguments)}
_b_.list.sq_concat=sq_concat
_b_.list.sq_contains=sq_contains
var list_funcs=_b_.list.tp_funcs={}
list_funcs.__class_getitem__=function(cls,items){return $B.$class_getitem(cls,items)}
list_funcs.__reversed__=function(self){return{
ob_type:$B.list_reverseiterator,counter:self.length-1,items:self}}
list_funcs.__sizeof__=function(self){}
list_funcs.append=function(self,x){$B.check_nb_args_no_kw("append",2,arguments)
if(self[$B.JSOBJ]){self[$B.JSOBJ].push($B.pyobj2jsobj(x))
self.push($B.pyobj2jsobj(x))}else if(self.$is_js_array){self.push($B.pyobj2jsobj(x))}else{
self[self.length]=x}
return _b_.None}
list_funcs.clear=function(){var $=$B.args("clear",1,{self:null},arguments)
while($.self.length){$.self.pop()}
return _b_.None}
list_funcs.copy=function(self){var $=$B.args("copy",1,{self:null},arguments)
var res=$.self.slice()
res.ob_type=$B.get_class($.self)
return res}
list_funcs.count=function(){return count.apply(null,arguments)}
list_funcs.extend=function(self){var $=$B.args("extend",2,{self:null,t:null},arguments)
var self=$.self,t=$.t
for(var item of $B.make_js_iterator(t)){self[self.length]=item}
return _b_.None}
list_funcs.index=function(){return index.apply(null,arguments)}
list_funcs.insert=function(self){var $=$B.args("insert",3,{self:null,i:null,item:null},arguments)
if(self.$is_js_array){$.self.splice($.i,0,$B.pyobj2jsobj($.item))}else{
$.self.splice($.i,0,$.item)}
return _b_.None}
list_funcs.pop=function(self){var missing={}
var $=$B.args("pop",2,{self:null,pos:null},arguments,{pos:missing})
var self=$.self,pos=$.pos
check_not_tuple(self,"pop")
if(pos===missing){pos=self.length-1}
pos=$B.PyNumber_Index(pos)
if(pos < 0){pos+=self.length}
var res=self[pos]
if(res===undefined){$B.RAISE(_b_.IndexError,"pop index out of range")}
self.splice(pos,1)
return res}
list_funcs.remove=function(self){var $=$B.args("remove",2,{self:null,x:null},arguments)
for(var i=0,len=$.self.length;i < len;i++){if($B.rich_comp("__eq__",$.self[i],$.x)){$.self.splice(i,1)
return _b_.None}}
$B.RAISE(_b_.ValueError,_b_.str.$factory($.x)+" is not in list")}
list_funcs.reverse=function(self){var $=$B.args("reverse",1,{self:null},arguments)
var _len=$.self.length-1,i=parseInt($.self.length/2)
while(i--){var buf=$.self[i]
$.self[i]=$.self[_len-i]
$.self[_len-i]=buf}
return _b_.None}
list_funcs.sort=function(self){var $=$B.args("sort",1,{self:null},arguments,null,null,"kw")
check_not_tuple(self,"sort")
var func=_b_.None,reverse=false
for(var item of _b_.dict.$iter_items($.kw)){if(item.key=="key"){func=item.value}else if(item.key=="reverse"){reverse=item.value}else{
$B.RAISE(_b_.TypeError,"'"+item.key+
"' is an invalid keyword argument for this function")}}
if(self.length==0){return _b_.None}
self.$cl=$elts_class(self)
var cmp=null
function basic_cmp(a,b){return $B.rich_comp("__lt__",a,b)?-1:
$B.rich_comp('__eq__',a,b)? 0 :1}
function reverse_cmp(a,b){return basic_cmp(b,a)}
if(func===_b_.None && self.$cl===_b_.str){if(reverse){cmp=function(b,a){return $B.$AlphabeticalCompare(a,b)}}else{
cmp=function(a,b){return $B.$AlphabeticalCompare(a,b)}}}else if(func===_b_.None && self.$cl===_b_.int){if(reverse){cmp=function(b,a){return a-b}}else{
cmp=function(a,b){return a-b}}}else{
cmp=reverse ?
function(t1,t2){return basic_cmp(t2[0],t1[0])}:
function(t1,t2){return basic_cmp(t1[0],t2[0])}
if(func===_b_.None){cmp=reverse ? reverse_cmp :basic_cmp
self.sort(cmp)}else{
var temp=[],saved=self.slice(),i=0
for(let item of self){var x=$B.$call(func,item)
temp.push([x,i])
i++}
temp.sort(cmp)
for(let i=0,len=temp.length;i < len;i++){self[i]=saved[temp[i][1]]}}
return self.$is_js_array ? self :_b_.None}
$B.$TimSort(self,cmp)
return self.$is_js_array ? self :_b_.None}
_b_.list.tp_methods=["__reversed__","__sizeof__","clear","copy","append","insert","extend","pop","remove","index","count","reverse","sort"
]
_b_.list.classmethods=["__class_getitem__"]
$B.set_func_names(list,"builtins")
$B.list_getitem=_b_.list.mp_subscript
var tuple=_b_.tuple
tuple.$match_sequence_pattern=true
tuple.$is_sequence=true
$B.tuple_iterator.tp_iter=function(self){return self}
$B.tuple_iterator.tp_iternext=function*(self){for(var value of self.it){yield value}}
var tuple_iterator_funcs=$B.tuple_iterator.tp_funcs={}
tuple_iterator_funcs.__length_hint__=function(self){return self.obj.length}
tuple_iterator_funcs.__reduce__=function(self){}
tuple_iterator_funcs.__setstate__=function(self){}
$B.tuple_iterator.tp_methods=["__length_hint__","__reduce__","__setstate__"]
tuple.$factory=function(){var obj=factory.apply(tuple,arguments)
obj.ob_type=tuple
return obj}
$B.fast_tuple=function(array){array=array ??[]
array.ob_type=tuple
return array}
function c_mul(a,b){var s=((parseInt(a)*b)& 0xFFFFFFFF).toString(16)
return parseInt(s.substr(0,s.length-1),16)}
tuple.$getnewargs=function(self){return $B.fast_tuple([$B.fast_tuple(self.slice())])}
_b_.tuple.tp_richcompare=function(){return tp_richcompare.apply(this,arguments)}
_b_.tuple.sq_repeat=function(){return sq_repeat.apply(null,arguments)}
_b_.tuple.tp_repr=function(self){$B.builtins_repr_check(tuple,arguments)
return _repr(self)}
_b_.tuple.tp_hash=function(self){
var x=0x3456789
for(var i=0,len=self.length;i < len;i++){var y=_b_.hash(self[i])
if(typeof y=='bigint'){
y=Number(BigInt.asIntN(32,y))}
x=c_mul(1000003,x)^ y & 0xFFFFFFFF}
return x}
_b_.tuple.tp_iter=function(self){return{
ob_type:$B.tuple_iterator,obj:self,it:self[Symbol.iterator]()}}
_b_.tuple.tp_new=function(cls,args,kw){if(cls===_b_.tuple){$B.check_no_kw('tuple',kw)}
var self=[]
self.ob_type=cls
if(cls !==tuple){$B.init_dict(self)}
args=args ??[]
if(args.length > 0){if(args.length==1){for(var item of $B.make_js_iterator(args[0])){self.push(item)}}else{
$B.RAISE(_b_.TypeError,'tuple expected at most 1 '+
`argument, got ${args.length}`)}}
return self}
_b_.tuple.mp_length=function(self){return self.length}
_b_.tuple.mp_subscript=function(){return mp_subscript.apply(null,arguments)}
_b_.tuple.sq_concat=function(){return sq_concat.apply(null,arguments)}
_b_.tuple.sq_contains=function(){return sq_contains.apply(null,arguments)}
var tuple_funcs=_b_.tuple.tp_funcs={}
tuple_funcs.__class_getitem__=function(self){return $B.$class_getitem.apply(null,arguments)}
tuple_funcs.__getnewargs__=function(self){return tuple.$getnewargs($B.single_arg('__getnewargs__','self',arguments))}
tuple_funcs.count=function(){return count.apply(null,arguments)}
tuple_funcs.index=function(){return index.apply(null,arguments)}
_b_.tuple.tp_methods=["__getnewargs__","index","count"]
_b_.tuple.classmethods=["__class_getitem__"]
$B.set_func_names(tuple,"builtins")})(__BRYTHON__);
;
"use strict";
(function($B){let _b_=$B.builtins
_b_.sentinel.tp_richcompare=function(self){}
_b_.sentinel.nb_or=function(self){}
_b_.sentinel.tp_repr=function(self){return self.repr}
_b_.sentinel.tp_hash=_b_.object.tp_hash
_b_.sentinel.tp_new=function(cls,args,kw){if(args.length !=1){$B.RAISE(_b_.TypeError,`sentinel expected 1 argument, got ${args.length}`
)}
let __name__=args[0]
let repr=__name__
for(var entry of _b_.dict.$iter_items(kw)){if(entry.key=='repr'){repr=entry.value}else{
$B.RAISE(_b_.TypeError,`sentinel() got an unexpected keyword argument '${entry.key}'`
)}}
let frame=$B.frame_obj.frame
let module=frame[2]
return{
ob_type:_b_.sentinel,module,name,repr}}
var sentinel_funcs=_b_.sentinel.tp_funcs={}
sentinel_funcs.__copy__=function(self){return self}
sentinel_funcs.__deepcopy__=function(self){return self}
sentinel_funcs.__reduce__=function(self){return self.name}
_b_.sentinel.tp_methods=["__copy__","__deepcopy__","__reduce__"]
_b_.sentinel.tp_members=[["__name__",$B.TYPES.OBJECT,"name",1],["__module__",$B.TYPES.OBJECT,"module",0],]})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
function to_simple(value){switch(typeof value){case 'string':
case 'number':
return value
case 'boolean':
return value ? "true" :"false"
case 'object':
if(value===_b_.None){return 'null'}else if(value instanceof Number){return value.valueOf()}else if(value instanceof String){return value.valueOf()}
break
default:
$B.RAISE(_b_.TypeError,"keys must be str, int, "+
"float, bool or None, not "+$B.class_name(value))}}
$B.pyobj2structuredclone=function(obj,strict){
strict=strict===undefined ? true :strict
if(typeof obj=="boolean" ||typeof obj=="number" ||
typeof obj=="string" ||obj instanceof String){return obj}else if($B.exact_type(obj,_b_.float)){return obj.value}else if(obj===_b_.None){return null }else if(Array.isArray(obj)||$B.exact_type(obj,_b_.list)||
$B.exact_type(obj,_b_.tuple)||
$B.exact_type(obj,js_array)){let res=new Array(obj.length)
for(var i=0,len=obj.length;i < len;++i){res[i]=$B.pyobj2structuredclone(obj[i])}
return res}else if($B.is_dict(obj)){if(strict){for(var entry of _b_.dict.$iter_items(obj)){if(typeof entry.key !=='string'){$B.RAISE(_b_.TypeError,"a dictionary with non-string "+
"keys does not support structured clone")}}}
let res={}
for(var entry of _b_.dict.$iter_items(obj)){res[to_simple(entry.key)]=$B.pyobj2structuredclone(entry.value)}
return res}else if($B.is_big_int(obj)){return $B.int_value(obj)}else if(Object.getPrototypeOf(obj).constructor===Object){var res={}
for(var key in obj){res[key]=$B.pyobj2structuredclone(obj[key])}
return res}else{
return obj}
$B.RAISE(_b_.TypeError,`cannot send '${$B.class_name(obj)}' object`)}
$B.structuredclone2pyobj=function(obj){if(obj===null){return _b_.None}else if(obj===undefined){return undefined}else if(typeof obj=="boolean"){return obj}else if(typeof obj=="bigint"){
return obj}else if(typeof obj=="string" ||obj instanceof String){return $B.String(obj)}else if(typeof obj=="number" ||obj instanceof Number){obj+=0 
return Number.isInteger(obj)?
obj :
{ob_type:_b_.float,value:obj}}else if(Array.isArray(obj)||$B.exact_type(obj,_b_.list)||
$B.exact_type(obj,_b_.tuple)){let res=_b_.list.$factory()
for(var i=0,len=obj.length;i < len;i++){res.push($B.structuredclone2pyobj(obj[i]))}
return res}else if(typeof obj=="object"){if(Object.getPrototypeOf(obj)===Object.prototype){if(! $B.$isinstance(obj,$B.JSObj)){return obj}
let res=$B.empty_dict()
for(var key in obj){_b_.dict.$setitem(res,key,$B.structuredclone2pyobj(obj[key]))}
return res}else{
return obj}}else{
$B.RAISE(_b_.TypeError,_b_.str.$factory(obj)+
" does not support the structured clone algorithm")}}
const JSOBJ=$B.JSOBJ=Symbol('JSOBJ')
const PYOBJ=$B.PYOBJ=Symbol('PYOBJ')
const PYOBJ_MAP=$B.PYOBJ_MAP=new WeakMap()
const PYOBJFCT=Symbol('PYOBJFCT')
const PYOBJFCTS=Symbol('PYOBJFCTS')
function*f(){}
var Generator=Object.getPrototypeOf(f())
var JSGenerator=$B.make_builtin_class('JavascriptGenerator')
JSGenerator.$factory=function(js_gen){var res={ob_type:JSGenerator,js_gen}
$B.init_dict(res)
return res}
JSGenerator.tp_iter=function(self){return self}
JSGenerator.tp_iternext=function*(self){for(var item of self.js_gen){yield jsobj2pyobj(item)}}
var jsobj2pyobj=$B.jsobj2pyobj=function(jsobj,_this){
if(jsobj===null){return null}else if(jsobj===undefined){return undefined}
switch(typeof jsobj){case 'boolean':
return jsobj
case 'number':
if(jsobj % 1===0){if(! Number.isSafeInteger(jsobj)){
return BigInt(jsobj)}
return jsobj}
return _b_.float.$factory(jsobj)
case 'bigint':
return jsobj
case 'string':
return $B.String(jsobj)}
if(Array.isArray(jsobj)){return jsobj}
let pyobj
try{
pyobj=PYOBJ_MAP.get(jsobj)}catch(err){
return jsobj}
if(pyobj !==undefined){return pyobj}
if(jsobj instanceof Promise ||typeof jsobj.then=="function"){return jsobj}
if(typeof jsobj==="function"){
if(jsobj.ob_type !==undefined){return jsobj}
_this=_this===undefined ? null :_this
if(_this===null){const pyobj=jsobj[PYOBJFCT]
if(pyobj !==undefined){return pyobj}}else{
const pyobjfcts=_this[PYOBJFCTS]
if(pyobjfcts !==undefined){const pyobj=pyobjfcts.get(jsobj)
if(pyobj !==undefined){return pyobj}}else{
try{
_this[PYOBJFCTS]=new Map()}catch(err){}}}
var res=function(){var args=new Array(arguments.length)
for(var i=0,len=arguments.length;i < len;++i){var arg=arguments[i]
if(arg !==null && arg.constructor===Object && arg.$kw){console.log(Error().stack)
$B.RAISE(_b_.TypeError,'keyword arguments are not supported for '+
'Javascript functions')}
args[i]=pyobj2jsobj(arg)}
try{
return jsobj2pyobj(jsobj.apply(_this,args))}catch(err){throw $B.exception(err)}}
if(_this===null){jsobj[PYOBJFCT]=res}else if(_this[PYOBJFCTS]!==undefined){_this[PYOBJFCTS].set(jsobj,res)}
res[JSOBJ]=jsobj
Object.defineProperty(res,'$js_func',{value:jsobj})
Object.defineProperty(res,'$infos',{value:{__name__:jsobj.name,__qualname__:jsobj.name},writable:true})
let value=[]
value[$B.func_attrs.name]=jsobj.name
value[$B.func_attrs.qualname]=jsobj.name
Object.defineProperty(res,'$function_infos',{value,writable:true}
)
return res}
if(jsobj.constructor===Generator.constructor){return JSGenerator.$factory(jsobj)}
if($B.$isNode(jsobj)){const res=$B.DOMNode.$factory(jsobj)
PYOBJ_MAP.set(jsobj,res)
res[JSOBJ]=jsobj
return res}
return jsobj}
var pyobj2jsobj=$B.pyobj2jsobj=function(pyobj){
switch(pyobj){case true:
case false:
return pyobj
case undefined:
return undefined
case null:
return null}
let _jsobj=pyobj[JSOBJ]
if(_jsobj !==undefined){return _jsobj}
var klass=$B.get_class(pyobj)
function has_type(cls,base){return cls===base ||$B.get_mro(cls).includes(base)}
if(has_type(klass,$B.DOMNode)){return pyobj}
if(has_type(klass,_b_.list)||has_type(klass,_b_.tuple)){
var jsobj=pyobj.map(pyobj2jsobj)
PYOBJ_MAP.set(jsobj,pyobj)
delete jsobj.ob_type 
return jsobj}
if(has_type(klass,_b_.dict)){
let jsobj={}
for(var entry of _b_.dict.$iter_items(pyobj)){var key=entry.key
if(typeof key !=="string"){key=_b_.str.$factory(key)}
if(typeof entry.value==='function'){
entry.value.bind(jsobj)}
jsobj[key]=pyobj2jsobj(entry.value)}
pyobj[JSOBJ]=jsobj
PYOBJ_MAP.set(jsobj,pyobj)
return jsobj}
if(has_type(klass,_b_.str)){
return pyobj.valueOf()}
if($B.is_big_int(pyobj)){return $B.int_value(pyobj)}
if(has_type(klass,_b_.float)){
return pyobj.value}
if(klass===$B.function ||klass===$B.method){if(typeof pyobj=='function' && pyobj.prototype &&
pyobj.prototype.constructor===pyobj &&
! pyobj.$function_infos){
return pyobj}
if(pyobj.$is_async){
let jsobj=function(){var res=pyobj.apply(null,arguments)
return $B.coroutine.tp_funcs.send(res)}
pyobj[JSOBJ]=jsobj
PYOBJ_MAP.set(jsobj,pyobj)
return jsobj}
let jsobj=function(){try{
var args=new Array(arguments.length)
for(var i=0;i < arguments.length;++i){args[i]=jsobj2pyobj(arguments[i])}
let res
if(pyobj.prototype && pyobj.prototype.constructor===pyobj &&
! pyobj.$function_infos){res=new pyobj(...args)}else{
if(klass===$B.function){res=pyobj.apply(this,args)}else{
res=pyobj.im_func.call(this,pyobj.im_self,...args)}}
return pyobj2jsobj(res)}catch(err){$B.handle_error(err)}}
pyobj[JSOBJ]=jsobj
PYOBJ_MAP.set(jsobj,pyobj)
return jsobj}
return pyobj}
function convert_to_python(obj){
if(obj===null ||obj===undefined){return $B.jsobj2pyobj(obj)}
if(obj.ob_type){
return obj}
if(Array.isArray(obj)){return _b_.list.$factory(obj.map(convert_to_python))}
if($B.$isinstance(obj,$B.JSObj)){if(typeof obj=='number'){
return $B.fast_float(obj)}
var res=$B.empty_dict()
for(var key in obj){$B.str_dict_set(res,key,convert_to_python(obj[key]))}
return res}
return $B.jsobj2pyobj(obj)}
function pyargs2jsargs(pyargs){var args=new Array(pyargs.length)
for(var i=0,len=pyargs.length;i < len;i++){var arg=pyargs[i]
if(arg !==undefined && arg !==null &&
arg.$kw !==undefined &&
! $B.keyword_is_empty(arg.$kw)){
$B.RAISE(_b_.TypeError,"A Javascript function can't take "+
"keyword arguments")}
args[i]=$B.pyobj2jsobj(arg)}
return args}
$B.JSClass=$B.make_builtin_class('JSClass',[_b_.type])
$B.JSClass.tp_getattro=function(self,attr){if(attr=='new'){return function(){var args=Array.from(arguments).map(pyobj2jsobj)
let jsobj=new self.js_class(...args)
return jsobj2pyobj(jsobj)}}
var res=_b_.type.tp_getattro(self,attr)
if(res !==$B.NULL){return res}
if(! self.js_class.hasOwnProperty(attr)){return $B.NULL}
return jsobj2pyobj(self.js_class[attr],self.jsobj)}
$B.JSClass.tp_new=function(cls,args,kw){var kls=_b_.type.tp_new(cls,args,kw)
kls.js_class=kls.tp_bases[0].js_class
return kls}
function jsclass2pyclass(js_class){
var cls={ob_type:$B.JSClass,tp_bases:[],tp_name:js_class.name,tp_flags:$B.TPFLAGS.HEAPTYPE |$B.TPFLAGS.BASETYPE,js_class}
$B.init_dict(cls)
cls.tp_mro=$B.make_mro(cls)
$B.set_to_dict(cls,'__new__',function(klass,...args){var res={ob_type:klass}
$B.init_dict(res)
return res}
)
$B.set_to_dict(cls,'__init__',function(self,...args){self.jsobj=new cls.js_class(...args)}
)
$B.set_to_dict(cls,'__getattr__',function(self,attr){return jsobj2pyobj(self.jsobj[attr],self.jsobj)}
)
$B.set_to_dict(cls,'__setattr__',function(self,attr,value){self.jsobj[attr]=pyobj2jsobj(value)}
)
$B.make_new(cls)
$B.make_init(cls)
$B.make_setattr(cls)
return cls}
var js_iterator=$B.make_builtin_class('js_iterator')
js_iterator.tp_iternext=function*(self){for(var key of self.it){yield key}}
$B.set_func_names(js_iterator,'builtins')
function dict_to_js(d){var res={}
for(var entry of _b_.dict.$iter_items(d)){if(typeof entry.key !=='string'){return $B.NULL}
res[entry.key]=pyobj2jsobj(entry.value)}
return res}
function JSObj_eq(self,other){if(typeof self !=='object'){return false}
if($B.is_dict(self)){self=dict_to_js(self)
if(self===$B.NULL){return false}}
if($B.is_dict(other)){other=dict_to_js(other)
if(other===$B.NULL){return false}}
if(Object.keys(self).length !==Object.keys(other).length){return false}
for(var key in self){if(! Object.hasOwn(other,key)||other[key]!==self[key]){return false}}
return true
switch(typeof self){case "string":
return self==other
case "object":
if(self.__eq__ !==undefined){return self.__eq__(other)}
if(Object.keys(self).length !==Object.keys(other).length){return false}
if(self===other){return true}
for(var key in self){if(! $B.rich_comp('__eq__',self[key],other[key])){return false}}
return true
case 'function':
if(self.$js_func && other.$js_func){return self.$js_func===other.$js_func}
return self===other
default:
return self===other}}
$B.JSObj=$B.make_builtin_class("JSObject")
$B.JSObj.$factory=jsobj2pyobj
$B.JSObj.nb_bool=function(self){if(typeof self=='object'){for(var key in self){return true}
return false}
return !! self}
$B.JSObj.sq_contains=function(self,key){return key in self}
$B.JSObj.tp_richcompare=function(self,other,op){switch(op){case '__eq__':
return JSObj_eq(self,other)
case '__ne__':
var res=JSObj_eq(self,other)
return res===_b_.NotImplemented ? res :! res
default:
return _b_.NotImplemented}}
$B.JSObj.tp_hash=function(self){
return _b_.object.tp_hash(self)}
$B.JSObj.tp_iter=function(self){return{
ob_type:js_iterator,obj:self,it:Object.keys(self)[Symbol.iterator](),length:Object.keys(self).length}}
$B.JSObj.tp_getattro=function(_self,attr){var test=false 
if(test){console.log("__ga__",_self,attr)}
var res=_b_.object.tp_getattro(_self,attr,$B.NULL)
if(test){console.log(res)}
if(res !==$B.NULL){return res}
var js_attr=_self[attr]
if(js_attr==undefined && typeof _self=="function"){js_attr=_self.$js_func[attr]}
if(test){console.log('js_attr',js_attr,typeof js_attr,'\n is JS class ?',js_attr===undefined ? false :
js_attr.toString().startsWith('class '))}
if(js_attr===undefined){if(typeof _self=='object' && attr in _self){
return undefined}
if(typeof _self.getNamedItem=='function'){var res=_self.getNamedItem(attr)
if(res !==undefined){return jsobj2pyobj(res)}}
var klass=$B.get_class(_self),class_attr=$B.search_in_mro(klass,attr,$B.NULL)
if(class_attr !==$B.NULL){if(test){console.log('found in klass',class_attr)}
if(typeof class_attr=="function"){return function(){var args=new Array(arguments.length+1)
args[0]=_self
for(var i=0,len=arguments.length;i < len;i++){args[i+1]=arguments[i]}
return jsobj2pyobj(class_attr.apply(null,args))}}else{
if(test){console.log('return class_attr',class_attr)}
return class_attr}}
return $B.NULL}
if(js_attr !==null &&
js_attr.toString &&
typeof js_attr=='function' &&
js_attr.toString().startsWith('class ')){
return jsclass2pyclass(js_attr)}else if(typeof js_attr==='function'){
if(! js_attr.$infos && ! js_attr.$function_infos){js_attr.$js_func=js_attr}
return jsobj2pyobj(js_attr,_self.$js_func ||_self)}else{
if(test){console.log('jsobj2pyobj on',js_attr)}
var res=jsobj2pyobj(js_attr)
if(test){console.log('    res',res)}
return res}}
$B.JSObj.tp_setattro=function(self,attr,value){if(value===$B.NULL){delete self[attr]
return}
self[attr]=$B.pyobj2jsobj(value)
return _b_.None}
$B.JSObj.mp_subscript=function(_self,key){if(typeof key=="string"){var res=$B.JSObj.tp_getattro(_self,key)
if(res===$B.NULL){$B.RAISE(_b_.KeyError,key)}
return res}else if(typeof key=="number"){if(_self[key]!==undefined){return jsobj2pyobj(_self[key])}
if(typeof _self.length=='number'){if((typeof key=="number" ||typeof key=="boolean")&&
typeof _self.item=='function'){var rank=$B.int_value(key)
if(rank < 0){rank+=_self.length}
let res=_self.item(rank)
if(res===null){$B.RAISE(_b_.IndexError,rank)}
return jsobj2pyobj(res)}}}else if($B.exact_type(key,_b_.slice)&&
typeof _self.item=='function'){var _slice=_b_.slice.$conv_for_seq(key,_self.length)
let res=new Array(Math.floor((_slice.stop-_slice.start)/_slice.step))
let offset=0
for(var i=_slice.start;i < _slice.stop;i+=_slice.step){res[offset++]=_self.item(i)}
return res}
$B.RAISE(_b_.KeyError,key)}
$B.JSObj.mp_ass_subscript=function(){return $B.JSObj.tp_setattro.apply(null,arguments)}
$B.JSObj.tp_repr=function(self){if(typeof self=='number'){return self+''}
if(typeof self=='function' && self.$js_func.name &&
globalThis[self.$js_func.name]===self.$js_func){return `<function window.${self.$js_func.name}>`}
var js_repr=Object.prototype.toString.call(self)
return `<Javascript object: ${js_repr}>`}
var JSObj_funcs=$B.JSObj.tp_funcs={}
JSObj_funcs.__dir__=function(self){var attrs=Object.keys(self)
attrs=attrs.sort()
return attrs}
JSObj_funcs.__getattr__=function(self,attr){var test=false 
var js_attr=self[attr]
if(js_attr==undefined && typeof self=="function"){js_attr=self.$js_func[attr]}
if(test){console.log('js_attr',js_attr,typeof js_attr,'\n is JS class ?',js_attr===undefined ? false :
js_attr.toString().startsWith('class '))}
if(js_attr===undefined){if(typeof self=='object' && attr in self){
return undefined}
if(typeof self.getNamedItem=='function'){var res=self.getNamedItem(attr)
if(res !==undefined){return jsobj2pyobj(res)}}}
if(js_attr !==null && js_attr !==undefined &&
js_attr.toString &&
typeof js_attr=='function' &&
js_attr.toString().startsWith('class ')){
return jsclass2pyclass(js_attr)}else if(typeof js_attr==='function'){
if(! js_attr.$infos && ! js_attr.$function_infos){js_attr.$js_func=js_attr}
return jsobj2pyobj(js_attr,self.$js_func ||self)}else{
if(test){console.log('jsobj2pyobj on',js_attr)}
if(js_attr===undefined && ! Object.hasOwn(attr)){return $B.NULL}
var res=jsobj2pyobj(js_attr)
if(test){console.log('    res',res)}
return res}}
JSObj_funcs.bind=function(_self,evt,func){
var js_func=function(ev){try{
return $B.$call(func,jsobj2pyobj(ev))}catch(err){if(err.ob_type !==undefined){$B.handle_error(err)}else{
try{
$B.$getattr($B.get_stderr(),"write")(err)}catch(err1){console.log(err)}}}}
Object.defineProperty(_self,'$brython_events',{value:_self.$brython_events ||{},writable:true}
)
if(_self.$brython_events){_self.$brython_events[evt]=_self.$brython_events[evt]||[]
_self.$brython_events[evt].push([func,js_func])}
_self.addEventListener(evt,js_func)
return _b_.None}
JSObj_funcs.bindings=function(_self){var res=$B.empty_dict()
if(_self.$brython_events){for(var key in _self.$brython_events){_b_.dict.$setitem(res,key,$B.fast_tuple(_self.$brython_events[key].map(x=> x[0])))}}
return res}
JSObj_funcs.unbind=function(_self,evt,func){if(! _self.$brython_events){return _b_.None}
if(! _self.$brython_events[evt]){return _b_.None}
var events=_self.$brython_events[evt]
if(func===undefined){
for(var item of events){_self.removeEventListener(evt,item[1])}
delete _self.$brython_events[evt]}else{
for(var i=0,len=events.length;i < len;i++){if(events[i][0]===func){_self.removeEventListener(evt,events[i][1])
events.splice(i,1)}}
if(events.length==0){delete _self.$brython_events[evt]}}}
JSObj_funcs.to_dict=function(_self){
if(typeof _self=='function'){$B.RAISE(_b_.TypeError,"method 'to_dict()' not supported for functions")}
var res=$B.empty_dict()
for(var key in _self){$B.str_dict_set(res,key,convert_to_python(_self[key]))}
return res}
$B.JSObj.tp_methods=["__getattr__","bind","bindings","unbind","to_dict"]
$B.set_func_names($B.JSObj,"builtins")
$B.SizedJSObj=$B.make_builtin_class('SizedJavascriptObject',[$B.JSObj])
$B.SizedJSObj.sq_length=function(_self){return _self.length}
$B.set_func_names($B.SizedJSObj,'builtins')
$B.IterableJSObj=$B.make_builtin_class('IterableJavascriptObject',[$B.JSObj])
$B.IterableJSObj.sq_contains=function(self,key){if(self.contains !==undefined && typeof self.contains=='function'){return self.contains(key)}else{
for(var item of $B.IterableJSObj.tp_iter(self).it){if($B.is_or_equals(item,key)){return true}}
return false}}
$B.IterableJSObj.tp_iter=function(self){self.it=self[Symbol.iterator]()
return self}
$B.IterableJSObj.sq_length=function(self){return self.length}
$B.IterableJSObj.tp_iternext=function*(self){if(self.it===undefined){
self.it=self[Symbol.iterator]()}
for(var value of self.it){yield value}}
$B.set_func_names($B.IterableJSObj,'builtins')
var js_array_iterator=$B.make_builtin_class('JSArray_iterator')
js_array_iterator.$factory=function(obj){return{
ob_type:js_array_iterator,it:obj[Symbol.iterator]()}}
js_array_iterator.tp_iter=function(self){return self}
js_array_iterator.tp_iternext=function*(self){for(var item of self.it){yield jsobj2pyobj(item)}}
$B.set_func_names(js_array_iterator,'builtins')
function make_conv(array){if($B.$isinstance(array,[_b_.list,_b_.tuple])){return x=> x}else{
return x=> jsobj2pyobj(x)}}
function js_array_eq(self,other){var conv_x=make_conv(self),conv_y=make_conv(other)
if(self.length !=other.length){return false}
for(var i=0,len=self.length;i <len;i++){if(! $B.is_or_equals(conv_x(self[i]),conv_y(other[i]))){return false}}
return true}
function js_array_le(self,other){var conv_x=make_conv(self),conv_y=make_conv(other)
var i=0
while(i < self.length && i < other.length &&
$B.is_or_equals(conv_x(self[i]),conv_y(other[i]))){i++}
if(i==self.length){
return self.length <=other.length}
if(i==other.length){
return false}
return $B.rich_comp('__le__',conv_x(self[i]),conv_y(other[i]))}
function js_array_lt(self,other){var conv_x=make_conv(self),conv_y=make_conv(other)
var i=0
while(i < self.length && i < other.length &&
$B.is_or_equals(conv_x(self[i]),conv_y(other[i]))){i++}
if(i==self.length){
return self.length < other.length}
if(i==other.length){
return false}
return $B.rich_comp('__lt__',conv_x(self[i]),conv_y(other[i]))}
var js_array=$B.js_array=$B.make_builtin_class('JavascriptArray',[$B.JSObj])
js_array.tp_richcompare=function(self,other,op){if(! $B.$isinstance(other,[_b_.list,_b_.tuple,js_array])){return _b_.NotImplemented}
switch(op){case '__eq__':
return js_array_eq(self,other)
case '__ne__':
return ! js_array_eq(self,other)
case '__lt__':
return js_array_lt(self,other)
case '__le__':
return js_array_le(self,other)
case '__ge__':
return js_array_le(other,self)
case '__gt__':
return js_array_lt(other,self)
default:
return _b_.NotImplemented}}
js_array.sq_concat=function(_self,other){
var res=_self.slice()
if($B.$isinstance(other,js_array)){return _self.slice().concat(other)}
for(var item of $B.make_js_iterator(other)){res.push(pyobj2jsobj(item))}
return res}
js_array.mp_ass_subscript=function(self,key,value){if(value===$B.NULL){self.splice(key,1)}else{
self[key]=pyobj2jsobj(value)}}
js_array.mp_length=function(self){return self.length}
js_array.mp_subscript=function(self,i){if($B.get_class(i)===_b_.slice){
var indices=_b_.slice.tp_funcs.indices(i,self.length),start=indices[0],stop=indices[1],step=indices[2],res=[]
if(step > 0){for(var k=start;k < stop;k+=step){res.push(self[k])}}else{
for(var k=start;k > stop;k+=step){res.push(self[k])}}
return res}
i=$B.PyNumber_Index(i)
if(i < 0){i+=self.length}
return jsobj2pyobj(self[i])}
js_array.sq_contains=function(self,item){item=pyobj2jsobj(item)
for(var x of self){if($B.is_or_equals(x,item)){return true}}
return false}
js_array.nb_inplace_add=function(self,other){if($B.$isinstance(other,js_array)){for(var item of other){self.push(item)}}else{
for(var item of $B.make_js_iterator(other)){self.push($B.pyobj2jsobj(item))}}
return self}
js_array.tp_iter=function(self){return js_array_iterator.$factory(self)}
js_array.nb_multiply=function(self,nb){var res=self.slice()
for(var i=1;i < nb;i++){res=res.concat(self)}
return res}
js_array.tp_repr=function(self){if($B.repr.enter(self)){
return '[...]'}
var _r=new Array(self.length),res
for(var i=0;i < self.length;++i){_r[i]=$B.make_str(self[i])}
res="["+_r.join(", ")+"]"
$B.repr.leave(self)
return res}
var js_array_funcs=js_array.tp_funcs={}
js_array_funcs.append=function(self,x){self.push(pyobj2jsobj(x))
const pyobj=PYOBJ_MAP.get(self)
if(pyobj){pyobj.push(x)}
return _b_.None}
js_array_funcs.extend=function(self){var $=$B.args("extend",2,{self:null,t:null},arguments)
var self=$.self,t=$.t
for(var item of $B.make_js_iterator(t)){self[self.length]=$B.pyobj2jsobj(item)}
return _b_.None}
js_array_funcs.__reduce_ex__=function(self,protocol){
var items=new Array(self.length)
for(var i=0;i < self.length;i++){items[i]=jsobj2pyobj(self[i])}
return $B.fast_tuple([_b_.list,$B.fast_tuple([$B.fast_tuple(items)])])}
js_array.tp_methods=["append","extend","__reduce_ex__"]
$B.set_func_names(js_array,'javascript')
$B.get_jsobj_class=function(obj){if(typeof obj=='function'){return $B.JSObj}
var proto=Object.getPrototypeOf(obj)
if(proto===null){return $B.JSObj}
if(proto[Symbol.iterator]!==undefined){return $B.IterableJSObj}else if(Object.getOwnPropertyNames(proto).indexOf('length')>-1){return $B.SizedJSObj}
return $B.JSObj}
$B.JSMeta=$B.make_builtin_class("JSMeta",[_b_.type])
$B.JSMeta.tp_call=function(cls){
console.log('create',cls)
var extra_args=new Array(arguments.length-1),klass=arguments[0]
for(var i=1,len=arguments.length;i < len;i++){extra_args[i-1]=arguments[i]}
var new_func=_b_.type.tp_getattro(klass,"__new__")
var instance=new_func.apply(null,arguments)
if(instance instanceof cls.__mro__[0].$js_func){
var init_func=_b_.type.tp_getattro(klass,"__init__")
if(init_func !==_b_.object.__init__){
var args=[instance].concat(extra_args)
init_func.apply(null,args)}}
return instance}
$B.JSMeta.tp_getattro=function(cls,attr){if(cls[attr]!==undefined){return cls[attr]}else if($B.JSMeta[attr]!==undefined){if(attr=='__new__'){return function(){var res=new cls.$js_func(...Array.from(arguments).slice(1))
res.ob_type=cls
return res}}
return $B.JSMeta[attr]}else{
return _b_.type.tp_getattro(cls,attr)}}
$B.JSMeta.__init_subclass__=function(){}
$B.JSMeta.tp_new=function(cls,args,kw){
var metaclass=cls
var[class_name,bases,cl_dict]=args
var body=`
    var _b_ = __BRYTHON__.builtins
    return function() {
        var init_func = $B.str_dict_get(cl_dict, '__init__')
        if (init_func !== $B.NULL) {
            var args = [this]
            for (var i = 0, len = arguments.length; i < len; i++) {
                args.push(arguments[i])
            }
            init_func.apply(this, args)
        } else {
            return new bases[0].$js_func(...arguments)
        }
    }`
var proto=bases[0].$js_func.prototype
if(proto instanceof Node){$B.RAISE(_b_.TypeError,`class ${class_name} cannot inherit `+
`a subclass of Node`)}
var new_js_class=Function('cl_dict','bases',body)(cl_dict,bases)
new_js_class.prototype=Object.create(bases[0].$js_func.prototype)
new_js_class.prototype.constructor=new_js_class
Object.defineProperty(new_js_class,'$js_func',{value:bases[0].$js_func})
new_js_class.ob_type=$B.JSMeta
new_js_class.tp_bases=[bases[0]]
new_js_class.__mro__=[bases[0],_b_.object]
new_js_class.__qualname__=new_js_class.__name__=class_name
new_js_class.$is_js_class=true
for(var item of _b_.dict.$iter_items(cl_dict)){new_js_class[item.key]=item.value}
return new_js_class}
$B.set_func_names($B.JSMeta,"builtins")
$B.JSConstructor=$B.make_builtin_class('JavascriptConstructor',[_b_.type])
$B.JSConstructor.tp_call=function(self,...args){var js_constr=self.tp_bases[0][$B.JSOBJ]
return jsobj2pyobj(new js_constr(...args))}
$B.JSFunction=$B.make_builtin_class('JavascriptFunction')
$B.JSFunction.tp_getattro=function(self,attr){if(attr==='__name__' ||attr==='__qualname__'){
var jsf=self[JSOBJ]||self
if(jsf && typeof jsf.name==='string' && jsf.name){return jsf.name}}
if(self[JSOBJ]&& self[JSOBJ][attr]!==undefined){return jsobj2pyobj(self[JSOBJ][attr],self[JSOBJ])}
return _b_.object.tp_getattro(self,attr)}
$B.JSFunction.tp_descr_get=function(self,obj){if(obj===$B.NULL){return self}
return $B.$call($B.method,self,obj)}
$B.JSFunction.tp_call=function(self,...args){return self(...args)}
$B.JSFunction.tp_new=function(cls,args,kw){var[name,bases,dict]=args
var cls={ob_type:$B.JSConstructor,tp_name:name,tp_bases:bases}
$B.set_dict(cls,dict)
cls.tp_mro=[cls,_b_.object]
return cls}
var JSFunction_funcs=$B.JSFunction.tp_funcs={}
JSFunction_funcs.__getattr__=function(self,attr){return self[attr]?? $B.NULL}
JSFunction_funcs.new=function(self,...args){var new_func
var attr='new'
args=pyargs2jsargs(args)
if(self.$js_func){return new self.$js_func(...args)}else{
return new self(...args)}
Object.defineProperty(new_func,'$infos',{value:{__name__:attr,__qualname__:attr},writable:true}
)
let value=[]
value[$B.func_attrs.__name__]=attr
value[$B.func_attrs.__qualname__]=attr
Object.defineProperty(new_func,'$function_infos',{value,writable:true}
)
new_func.ob_type=$B.builtin_function_or_method
new_func.__name__='new'
return new_func}
$B.JSFunction.tp_methods=["__getattr__","new"]})(__BRYTHON__);
;
"use strict";
(function($B){
var _b_=$B.builtins
var $GeneratorReturn={}
$B.generator_return=function(value){return{
ob_type:$GeneratorReturn,value:value}}
$B.generator=$B.make_builtin_class("generator")
$B.generator.$factory=function(func,name){
var res=function(){var gen=func.apply(null,arguments)
gen.$name=name ||'generator'
gen.$func=func
gen.$has_run=false
return{
ob_type:$B.generator,js_gen:gen}}
res.$infos=func.$infos
res.$is_genfunc=true
res.$name=name
return res}
$B.generator.tp_repr=function(self){var name=self.js_gen.$name ||'generator'
if(self.js_gen.$func && self.js_gen.$func.$infos){name=self.js_gen.$func.$infos.__qualname__}
return `<generator object ${name}>`}
$B.generator.tp_iter=function(self){return self}
$B.generator.tp_iternext=function*(self){while(true){yield $B.generator.tp_funcs.send(self,_b_.None)}}
$B.generator.tp_finalize=function(self){}
var generator_funcs=$B.generator.tp_funcs={}
generator_funcs.__class_getitem__=function(){return $B.$class_getitem.apply(null,arguments)}
generator_funcs.__name___get=function(self){return self.js_gen.$name}
generator_funcs.__name___set=function(self,value){self.js_gen.$name=value}
generator_funcs.__qualname___get=function(self){return self.js_gen.$name}
generator_funcs.__qualname___set=function(self,value){self.js_jen.$name=value}
generator_funcs.__sizeof__=function(self){}
generator_funcs.close=function(self){var save_frame_obj=$B.frame_obj
if(self.$frame){$B.frame_obj=$B.push_frame(self.$frame)}
try{
$B.generator.tp_funcs.throw(self,$B.EXC(_b_.GeneratorExit))}catch(err){if(! $B.is_exc(err,[_b_.GeneratorExit,_b_.StopIteration])){$B.frame_obj=save_frame_obj
$B.RAISE(_b_.RuntimeError,"generator ignored GeneratorExit")}}
$B.frame_obj=save_frame_obj}
generator_funcs.gi_code_get=function(self){}
generator_funcs.gi_code_set=function(self){}
generator_funcs.gi_frame_get=function(self){}
generator_funcs.gi_frame_set=function(self){}
generator_funcs.gi_running_get=function(self){}
generator_funcs.gi_running_set=function(self){}
generator_funcs.gi_suspended_get=function(self){}
generator_funcs.gi_suspended_set=function(self){}
generator_funcs.gi_yieldfrom_get=function(self){}
generator_funcs.gi_yieldfrom_set=function(self){}
generator_funcs.send=function(self,value){
var gen=self.js_gen
gen.$has_run=true
if(gen.$finished){$B.RAISE(_b_.StopIteration,value)}
if(gen.gi_running===true){$B.RAISE(_b_.ValueError,"generator already executing")}
gen.gi_running=true
var save_frame_obj=$B.frame_obj
if(self.$frame){$B.frame_obj=$B.push_frame(self.$frame)}
try{
var res=gen.next(value)}catch(err){gen.$finished=true
$B.frame_obj=save_frame_obj
throw err}
if($B.frame_obj !==null && $B.frame_obj.frame===self.$frame){$B.leave_frame()}
$B.frame_obj=save_frame_obj
if(res.value && $B.exact_type(res.value,$GeneratorReturn)){gen.$finished=true
$B.RAISE(_b_.StopIteration,res.value.value)}
gen.gi_running=false
if(res.done){$B.RAISE(_b_.StopIteration,res.value)}
return res.value}
generator_funcs.throw=function(self){var $=$B.args('throw',4,{self:null,type:null,value:null,traceback:null},arguments,{value:_b_.None,traceback:_b_.None})
var self=$.self,type=$.type,value=$.value,traceback=$.traceback
var gen=self.js_gen,exc=type
if($B.is_type(exc)){if(! _b_.issubclass(type,_b_.BaseException)){$B.RAISE(_b_.TypeError,"exception value must be an "+
"instance of BaseException")}else if(value===undefined ||value===_b_.None){exc=$B.$call(exc)}else if($B.$isinstance(value,type)){exc=value}}else{
if(value===_b_.None){value=exc}else{
exc=$B.$call(exc,value)}}
if(traceback !==_b_.None){exc.$traceback=traceback}
var save_frame_obj=$B.frame_obj
if(self.$frame){$B.frame_obj=$B.push_frame(self.$frame)}
var res=gen.throw(exc)
$B.frame_obj=save_frame_obj
if(res.done){$B.RAISE(_b_.StopIteration,res.value)}
return res.value}
$B.generator.tp_methods=["send","throw","close","__sizeof__"]
$B.generator.classmethods=["__class_getitem__"]
$B.generator.tp_getset=["__name__","__qualname__","gi_yieldfrom","gi_running","gi_frame","gi_suspended","gi_code"
]
$B.set_func_names($B.generator,"builtins")
$B.async_generator=$B.make_builtin_class("async_generator")
$B.async_generator.$factory=function(func){var f=function(){var gen=func.apply(null,arguments)
var res=Object.create(null)
res.ob_type=$B.async_generator
res.js_gen=gen
res.ag_running=false
return res}
return f}
$B.async_generator.tp_repr=function(self){var name=self.js_gen.$name ||'generator'
if(self.js_gen.$func && self.js_gen.$func.$infos){name=self.js_gen.$func.$infos.__qualname__}
return `<async generator object ${name}>`}
$B.async_generator.tp_finalize=function(self){}
$B.async_generator.am_aiter=function(self){return self}
$B.async_generator.am_anext=function(self){return $B.async_generator.tp_funcs.asend(self,_b_.None)}
var async_generator_funcs=$B.async_generator.tp_funcs={}
async_generator_funcs.__class_getitem__=function(){return $B.class_getitem.apply(null,arguments)}
async_generator_funcs.__name___get=function(self){return self.js_gen.$name}
async_generator_funcs.__name___set=function(self,value){self.js_gen.$name=value}
async_generator_funcs.__qualname___get=function(self){return self.js_gen.$name}
async_generator_funcs.__qualname___set=function(self,value){self.js_gen.$name=value}
async_generator_funcs.__sizeof__=function(self){$B.RAISE(_b_.NotImplementedError)}
async_generator_funcs.aclose=async function(self){var gen=self.js_gen
if(gen.$closing){$B.RAISE(_b_.RuntimeError,"aclose(): asynchronous generator is already running")}
if(gen.$finished){return _b_.None}
gen.$finished=true
gen.$closing=true
var save_frame_obj=$B.frame_obj
if(self.$frame){$B.frame_obj=$B.push_frame(self.$frame)}
var res
try{
res=await gen.throw($B.$call(_b_.GeneratorExit))}catch(err){if($B.is_exc(err,[_b_.GeneratorExit,_b_.StopAsyncIteration])){
return _b_.None}
throw err}finally{
gen.$closing=false
$B.frame_obj=save_frame_obj}
if(! res.done){$B.RAISE(_b_.RuntimeError,"async generator ignored GeneratorExit")}
return _b_.None}
async_generator_funcs.ag_await_get=function(self){$B.RAISE(_b_.NotImplementedError)}
async_generator_funcs.ag_await_set=_b_.None
async_generator_funcs.ag_code_get=function(self){$B.RAISE(_b_.NotImplementedError)}
async_generator_funcs.ag_code_set=_b_.None
async_generator_funcs.ag_frame_get=function(self){return self.$frame}
async_generator_funcs.ag_frame_set=_b_.None
async_generator_funcs.ag_suspended_get=function(self){$B.RAISE(_b_.NotImplementedError)}
async_generator_funcs.ag_suspended_set=_b_.None
async_generator_funcs.asend=async function(self,value){var gen=self.js_gen
if(gen.$finished){$B.RAISE(_b_.StopAsyncIteration,value)}
if(gen.ag_running===true){$B.RAISE(_b_.ValueError,"generator already executing")}
gen.ag_running=true
var save_frame_obj=$B.frame_obj
if(self.$frame){$B.frame_obj=$B.push_frame(self.$frame)}
try{
var res=await gen.next(value)}catch(err){gen.$finished=true
$B.frame_obj=save_frame_obj
throw err}
if($B.frame_obj !==null && $B.frame_obj.frame===self.$frame){$B.leave_frame()}
$B.frame_obj=save_frame_obj
if(res.done){$B.RAISE(_b_.StopAsyncIteration,value)}
if($B.exact_type(res.value,$GeneratorReturn)){gen.$finished=true
$B.RAISE(_b_.StopAsyncIteration,res.value.value)}
gen.ag_running=false
return res.value}
async_generator_funcs.athrow=async function(self,type,value,traceback){var gen=self.js_gen,exc=type
if($B.is_type(exc)){if(! _b_.issubclass(type,_b_.BaseException)){$B.RAISE(_b_.TypeError,"exception value must be an "+
"instance of BaseException")}else if(value===undefined){value=$B.$call(exc)}}else{
if(value===undefined){value=exc}else{
exc=$B.$call(exc,value)}}
if(traceback !==undefined){exc.$traceback=traceback}
var save_frame_obj=$B.frame_obj
if(self.$frame){$B.frame_obj=$B.push_frame(self.$frame)}
await gen.throw(value)
$B.frame_obj=save_frame_obj}
$B.async_generator.tp_methods=["asend","athrow","aclose","__sizeof__"]
$B.async_generator.classmethods=["__class_getitem__"]
$B.async_generator.tp_members=[["ag_running",$B.TYPES.BOOL,"ag_running",1]
]
$B.async_generator.tp_getset=["__name__","__qualname__","ag_await","ag_frame","ag_code","ag_suspended"
]
$B.set_func_names($B.async_generator,"builtins")})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins,object=_b_.object,_window=globalThis
function convertDomValue(v){if(v===null ||v===undefined){return _b_.None}
return $B.jsobj2pyobj(v)}
function $getPosition(e){var left=0,top=0,width=e.width ||e.offsetWidth,height=e.height ||e.offsetHeight
while(e.offsetParent){left+=e.offsetLeft
top+=e.offsetTop
e=e.offsetParent}
left+=e.offsetLeft ||0
top+=e.offsetTop ||0
if(e.parentElement){
var parent_pos=$getPosition(e.parentElement)
left+=parent_pos.left
top+=parent_pos.top}
return{left:left,top:top,width:width,height:height}}
var $mouseCoords=$B.$mouseCoords=function(ev){if(ev.type.startsWith("touch")){let res={}
res.x=ev.touches[0].screenX
res.y=ev.touches[0].screenY
res.__getattr__=function(attr){return this[attr]}
res.ob_type="MouseCoords"
return res}
var posx=0,posy=0
if(!ev){ev=_window.event}
if(ev.pageX ||ev.pageY){posx=ev.pageX
posy=ev.pageY}else if(ev.clientX ||ev.clientY){posx=ev.clientX+document.body.scrollLeft+
document.documentElement.scrollLeft
posy=ev.clientY+document.body.scrollTop+
document.documentElement.scrollTop}
let res={}
res.x=posx
res.y=posy
res.__getattr__=function(attr){return this[attr]}
res.ob_type="MouseCoords"
return res}
$B.$isNode=function(o){
return(
typeof Node==="object" ? o instanceof Node :
o && typeof o==="object" && typeof o.nodeType==="number" &&
typeof o.nodeName==="string"
)}
$B.$isNodeList=function(nodes){
try{
var result=Object.prototype.toString.call(nodes)
var re=new RegExp("^\\[object (HTMLCollection|NodeList)\\]$")
return(typeof nodes==="object" &&
re.exec(result)!==null &&
nodes.length !==undefined &&
(nodes.length==0 ||
(typeof nodes[0]==="object" && nodes[0].nodeType > 0))
)}catch(err){return false}}
var $DOMEventAttrs_W3C=["NONE","CAPTURING_PHASE","AT_TARGET","BUBBLING_PHASE","type","target","currentTarget","eventPhase","bubbles","cancelable","timeStamp","stopPropagation","preventDefault","initEvent"]
var $DOMEventAttrs_IE=["altKey","altLeft","button","cancelBubble","clientX","clientY","contentOverflow","ctrlKey","ctrlLeft","data","dataFld","dataTransfer","fromElement","keyCode","nextPage","offsetX","offsetY","origin","propertyName","reason","recordset","repeat","screenX","screenY","shiftKey","shiftLeft","source","srcElement","srcFilter","srcUrn","toElement","type","url","wheelDelta","x","y"]
$B.$isEvent=function(obj){var flag=true
for(let attr of $DOMEventAttrs_W3C){if(obj[attr]===undefined){flag=false
break}}
if(flag){return true}
for(let attr of $DOMEventAttrs_IE){if(obj[attr]===undefined){return false}}
return true}
var $NodeTypes={1:"ELEMENT",2:"ATTRIBUTE",3:"TEXT",4:"CDATA_SECTION",5:"ENTITY_REFERENCE",6:"ENTITY",7:"PROCESSING_INSTRUCTION",8:"COMMENT",9:"DOCUMENT",10:"DOCUMENT_TYPE",11:"DOCUMENT_FRAGMENT",12:"NOTATION"}
var Attributes=$B.make_builtin_class("Attributes")
Attributes.$factory=function(elt){return{ob_type:Attributes,elt:elt}}
Attributes.sq_contains=function(){var $=$B.args("__getitem__",2,{self:null,key:null},arguments)
if($.self.elt instanceof SVGElement){return $.self.elt.hasAttributeNS(null,$.key)}else if(typeof $.self.elt.hasAttribute=="function"){return $.self.elt.hasAttribute($.key)}
return false}
Attributes.mp_subscript=function(){var $=$B.args("__getitem__",2,{self:null,key:null},arguments)
if($.self.elt instanceof SVGElement &&
$.self.elt.hasAttributeNS(null,$.key)){return $.self.elt.getAttributeNS(null,$.key)}else if(typeof $.self.elt.hasAttribute=="function" &&
$.self.elt.hasAttribute($.key)){return $.self.elt.getAttribute($.key)}
$B.RAISE(_b_.KeyError,$.key)}
Attributes.tp_iter=function(self){self.it=self.elt.attributes[Symbol.iterator]()
return self}
Attributes.tp_iternext=function*(self){for(var attr of self.it){yield attr.name}}
Attributes.mp_ass_subscript=function(){var $=$B.args("__setitem__",3,{self:null,key:null,value:null},arguments)
var self=$.self,key=$.key,value=$.value
if(value===$B.NULL){
if(! Attributes.sq_contains(self,key)){$B.RAISE(_b_.KeyError,key)}
if(self.elt instanceof SVGElement){self.elt.removeAttributeNS(null,key)
return _b_.None}else if(typeof self.elt.hasAttribute=="function"){self.elt.removeAttribute(key)
return _b_.None}}
if(self.elt instanceof SVGElement &&
typeof self.elt.setAttributeNS=="function"){self.elt.setAttributeNS(null,key,_b_.str.$factory(value))
return _b_.None}else if(typeof self.elt.setAttribute=="function"){self.elt.setAttribute(key,_b_.str.$factory(value))
return _b_.None}
$B.RAISE(_b_.TypeError,"Can't set attributes on element")}
Attributes.tp_repr=function(self){var attrs=self.elt.attributes,items=[]
for(var i=0;i < attrs.length;i++){items.push(attrs[i].name+': "'+
self.elt.getAttributeNS(null,attrs[i].name)+'"')}
return '{'+items.join(", ")+'}'}
var Attributes_funcs=Attributes.tp_funcs={}
Attributes_funcs.get=function(){var $=$B.args("get",3,{self:null,key:null,deflt:null},arguments,{deflt:_b_.None})
try{
return Attributes.mp_subscript($.self,$.key)}catch(err){if($B.is_exc(err,_b_.KeyError)){return $.deflt}else{
throw err}}}
Attributes_funcs.keys=function(){return Attributes.tp_iter.apply(null,arguments)}
Attributes_funcs.items=function(){var $=$B.args("values",1,{self:null},arguments)
var attrs=$.self.elt.attributes,values=[]
for(var i=0;i < attrs.length;i++){values.push($B.$list([attrs[i].name,attrs[i].value]))}
return _b_.list.tp_iter($B.$list(values))}
Attributes_funcs.values=function(){var $=$B.args("values",1,{self:null},arguments)
var attrs=$.self.elt.attributes,values=[]
for(var i=0;i < attrs.length;i++){values.push(attrs[i].value)}
return _b_.list.tp_iter($B.$list(values))}
Attributes.tp_methods=["get","keys","items","values"
]
$B.set_func_names(Attributes,"<dom>")
var DOMEvent=$B.DOMEvent=$B.make_builtin_class("DOMEvent")
DOMEvent.$factory=function(evt_name){
return DOMEvent.tp_new(DOMEvent,[evt_name])}
DOMEvent.tp_new=function(cls,args,kw){var[evt_name]=$B.unpack_args('DOMEvent',args,['evt_name'],{})
$B.check_kw_empty('DOMEvent',kw)
var ev=new Event(evt_name)
ev.ob_type=DOMEvent
if(ev.preventDefault===undefined){ev.preventDefault=function(){ev.returnValue=false}}
if(ev.stopPropagation===undefined){ev.stopPropagation=function(){ev.cancelBubble=true}}
return ev}
DOMEvent.tp_setattro=function(self,attr,value){self[attr]=value}
function dom2svg(svg_elt,coords){
var pt=svg_elt.createSVGPoint()
pt.x=coords.x
pt.y=coords.y
return pt.matrixTransform(svg_elt.getScreenCTM().inverse())}
DOMEvent.tp_getattro=function(ev,attr){switch(attr){case 'x':
return $mouseCoords(ev).x
case 'y':
return $mouseCoords(ev).y
case 'data':
if(ev.dataTransfer !==null && ev.dataTransfer !==undefined){return Clipboard.$factory(ev.dataTransfer)}else if(typeof Worker !=='undefined' && ev.target instanceof Worker){
return $B.structuredclone2pyobj(ev.data)}else if(typeof DedicatedWorkerGlobalScope !=='undefined' &&
ev.target instanceof DedicatedWorkerGlobalScope){
return $B.structuredclone2pyobj(ev.data)}
return convertDomValue(ev.data)
case 'target':
if(ev.target !==undefined){return DOMNode.$factory(ev.target)}
break
case 'char':
return String.fromCharCode(ev.which)
case 'svgX':
if(ev.target instanceof SVGSVGElement){return Math.floor(dom2svg(ev.target,$mouseCoords(ev)).x)}
$B.RAISE_ATTRIBUTE_ERROR("event target is not an SVG "+
"element",ev,attr)
case 'svgY':
if(ev.target instanceof SVGSVGElement){return Math.floor(dom2svg(ev.target,$mouseCoords(self)).y)}
$B.RAISE_ATTRIBUTE_ERROR("event target is not an SVG "+
"element",ev,attr)}
var res=ev[attr]
if(res !==undefined){if(typeof res=="function"){var func=function(){var args=[]
for(var i=0;i < arguments.length;i++){args.push($B.pyobj2jsobj(arguments[i]))}
return res.apply(ev,arguments)}
func.$infos={__name__:res.name,__qualname__:res.name}
return func}
return convertDomValue(res)}
return $B.NULL}
var $DOMEvent=$B.$DOMEvent=function(ev){ev.ob_type=DOMEvent
ev.$no_dict=true
if(ev.preventDefault===undefined){ev.preventDefault=function(){ev.returnValue=false}}
if(ev.stopPropagation===undefined){ev.stopPropagation=function(){ev.cancelBubble=true}}
return ev}
$B.set_func_names(DOMEvent,"browser")
var Clipboard=$B.make_builtin_class('Clipboard')
Clipboard.$factory=function(data){var res={ob_type :Clipboard,data :data}
$B.init_dict(res)
return res}
Clipboard.mp_subscript=function(self,name){return self.data.getData(name)}
Clipboard.mp_ass_subscript=function(self,name,value){self.data.setData(name,value)}
$B.set_func_names(Clipboard,"<dom>")
function dimension_get(self,attr){
if(self.tagName=="CANVAS" && self[attr]){return self[attr]}
if(self instanceof SVGElement){return self[attr].baseVal.value}
var computed=window.getComputedStyle(self).
getPropertyValue(attr)
if(computed !==undefined){if(computed==''){if(self.style[attr]!==undefined){return parseInt(self.style[attr])}else{
return 0}}
let prop=Math.floor(parseFloat(computed)+0.5)
return isNaN(prop)? 0 :prop}else if(self.style[attr]){return parseInt(self.style[attr])}else{
$B.RAISE_ATTRIBUTE_ERROR("style."+attr+
" is not set for "+_b_.str.$factory(self),self,attr)}}
function dimension_set(self,attr,value){if($B.$isinstance(value,[_b_.int,_b_.float])&& self.nodeType==1){self.style[attr]=value+"px"
return _b_.None}else{
$B.RAISE(_b_.ValueError,attr+" value should be"+
" an integer or float, not "+$B.class_name(value))}}
var DOMNode=$B.make_builtin_class('DOMNode')
DOMNode.$factory=(elt)=> elt
DOMNode.nb_add=function(self,other){
var res=TagSum.$factory()
res=TagSum.sq_concat(res,self)
var pos=1
if($B.$isinstance(other,TagSum)){res.children=res.children.concat(other.children)}else if($B.$isinstance(other,[_b_.str,_b_.int,_b_.float,_b_.list,_b_.dict,_b_.set,_b_.tuple])){res.children[pos++]=DOMNode.$factory(
document.createTextNode(_b_.str.$factory(other)))}else if($B.$isinstance(other,DOMNode)){res.children[pos++]=other}else{
try{
res.children=res.children.concat(_b_.list.$factory(other))}catch(err){$B.RAISE(_b_.TypeError,"can't add '"+
$B.class_name(other)+"' object to DOMNode instance")}}
return res}
DOMNode.sq_contains=function(self,key){
if(self.nodeType==Node.DOCUMENT_NODE && typeof key=="string"){return document.getElementById(key)!==null}
if(self.length !==undefined && typeof self.item=="function"){for(var i=0,len=self.length;i < len;i++){if(self.item(i)===key){return true}}}
return false}
DOMNode.tp_finalize=function(self){
if(self.parentNode){self.parentNode.removeChild(self)}}
DOMNode.tp_getattro=function(self,attr){switch(attr){case "attrs":
return Attributes.$factory(self)
case "x":
case "y":
if(!(self instanceof SVGElement)){let pos=$getPosition(self)
return attr=="x" ? pos.left :pos.top}
break
case "headers":
if(self.nodeType==Node.DOCUMENT_NODE){
let req=new XMLHttpRequest()
req.open("GET",document.location,false)
req.send(null)
var headers=req.getAllResponseHeaders()
headers=headers.split("\r\n")
let res=$B.empty_dict()
for(let header of headers){if(header.strip().length==0){continue}
let pos=header.search(":")
res.__setitem__(header.substr(0,pos),header.substr(pos+1).lstrip())}
return res}
break
case "addEventListener":
return DOMNode.tp_getattro(self,"bind")
case "removeEventListener":
return DOMNode.tp_getattro(self,"unbind")
case "closest":
if(self.nodeType !==Node.DOCUMENT_NODE){return DOMNode.tp_funcs.closest_get.bind(self,self)}
break}
if(attr=="select" && self.nodeType==1 &&
["INPUT","TEXTAREA"].indexOf(self.tagName.toUpperCase())>-1){return function(selector){if(selector===undefined){self.select()
return _b_.None}
return DOMNode.select(self,selector)}}
if(attr=="query" && self.nodeType==Node.DOCUMENT_NODE){
let res={ob_type:Query,_keys :$B.$list([]),_values :{}}
let qs=location.search.substr(1).split('&')
if(location.search !=""){for(let i=0;i < qs.length;i++){let pos=qs[i].search("="),elts=[qs[i].substr(0,pos),qs[i].substr(pos+1)],key=decodeURIComponent(elts[0]),value=decodeURIComponent(elts[1])
if(res._keys.indexOf(key)>-1){res._values[key].push(value)}else{
res._keys.push(key)
res._values[key]=[value]}}}
return res}
var klass=$B.get_class(self)
var test=false 
var property=self[attr]
if(test){console.log('attr',attr,'of',self,'property',property)}
if(property !==undefined && self.ob_type &&
klass.__module__ !="browser.html" &&
klass.__module__ !="browser.svg" &&
! klass.$webcomponent){var from_class=$B.$getattr(klass,attr,null)
if(from_class !==null){property=from_class
if(typeof from_class==='function'){return property.bind(self,self)}}else{
var bases=$B.get_class(self).tp_bases
var show_message=true
for(var base of bases){if(base.__module__=="browser.html"){show_message=false
break}}
if(show_message){from_class=$B.$getattr($B.get_class(self),attr,_b_.None)
if(from_class !==_b_.None){var frame=$B.frame_obj.frame,line=frame.$lineno
console.info("Warning: line "+line+", "+self.tagName+
" element has instance attribute '"+attr+"' set."+
" Attribute of class "+$B.class_name(self)+
" is ignored.")}}}}
if(property===undefined){
if(self.tagName){var ce=customElements.get(self.tagName.toLowerCase())
if(ce !==undefined && ce.$cls !==undefined){
var save_class=$B.get_class(self)
self.ob_type=ce.$cls
let res=_b_.object.tp_getattro(self,attr)
self.ob_type=save_class
if(res !==$B.NULL){return res}}}
return _b_.object.tp_getattro(self,attr)}
var res=property
if(res !==undefined){if(res===null){return res}
if(typeof res==="function"){if($B.PYOBJ_MAP.has(res)){return $B.PYOBJ_MAP.get(res)}
if(self.ob_type && self.ob_type.$webcomponent){var method=$B.$getattr($B.get_class(self),attr,null)
if(method !==null){
return res.bind(self)}}
if(res.$function_infos){
return res}
var func=(function(f,elt){return function(){var args=[]
for(var i=0;i < arguments.length;i++){args.push($B.pyobj2jsobj(arguments[i]))}
var result=f.apply(elt,args)
return convertDomValue(result)}})(res,self)
func.$infos={__name__ :attr,__qualname__:attr}
func.$is_func=true
func.$python_function=res
return func}
if(attr=='style'){return $B.jsobj2pyobj(self[attr])}
if(Array.isArray(res)){
return res}
if(test){console.log('fallback to jsobj2ypobj',res)}
return $B.jsobj2pyobj(res)}
return object.tp_getattro(self,attr)}
DOMNode.mp_subscript=function(self,key){if(self.nodeType==Node.DOCUMENT_NODE){
if(typeof key.valueOf()=="string"){let res=self.getElementById(key)
if(res){return DOMNode.$factory(res)}
$B.RAISE(_b_.KeyError,key)}else{
try{
let elts=self.getElementsByTagName(key.__name__),res=[]
for(let i=0;i < elts.length;i++){res.push(DOMNode.$factory(elts[i]))}
return res}catch(err){$B.RAISE(_b_.KeyError,_b_.str.$factory(key))}}}else{
if((typeof key=="number" ||typeof key=="boolean")&&
typeof self.item=="function"){var key_to_int=_b_.int.$factory(key)
if(key_to_int < 0){key_to_int+=self.length}
let res=DOMNode.$factory(self.item(key_to_int))
if(res===undefined){$B.RAISE(_b_.KeyError,key)}
return res}else if(typeof key=="string" &&
self.attributes &&
typeof self.attributes.getNamedItem=="function"){let attr=self.attributes.getNamedItem(key)
if(attr !==null){return attr.value}
$B.RAISE(_b_.KeyError,key)}}}
DOMNode.nb_bool=function(self){return true}
DOMNode.tp_iter=function(self){
var items=[]
if(self.length !==undefined && typeof self.item=="function"){for(let i=0,len=self.length;i < len;i++){items.push(DOMNode.$factory(self.item(i)))}}else if(self.childNodes !==undefined){for(let child of self.childNodes){items.push(DOMNode.$factory(child))}}
return $B.$iter(items)}
DOMNode.sq_length=function(self){return self.childNodes.length}
DOMNode.nb_multiply=function(self,other){if($B.is_int(other)&& other.valueOf()> 0){var res=TagSum.$factory()
var pos=res.children.length
for(var i=0;i < other.valueOf();i++){res.children[pos++]=DOMNode.tp_funcs.clone(self)}
return res}
$B.RAISE(_b_.ValueError,"can't multiply "+$B.class_name(self)+
"by "+$B.class_name(other))}
DOMNode.tp_iternext=function(self){self.$counter++
if(self.$counter < self.childNodes.length){return DOMNode.$factory(self.childNodes[self.$counter])}
$B.RAISE(_b_.StopIteration,"StopIteration")}
DOMNode.tp_repr=function(self){var attrs=self.attributes,attrs_str="",items=[]
if(attrs !==undefined){for(let attr of attrs){items.push(attr.name+'="'+
self.getAttributeNS(null,attr.name)+'"')}}
var proto=Object.getPrototypeOf(self)
if(proto){var name=proto.constructor.name
if(name===undefined){
var proto_str=proto.constructor.toString()
name=proto_str.substring(8,proto_str.length-1)}
items.splice(0,0,name)
return "<"+items.join(" ")+">"}
var res="<DOMNode object type '"
return res+$NodeTypes[self.nodeType]+"' name '"+
self.nodeName+"'"+attrs_str+">"}
DOMNode.tp_richcompare=function(self,other,op){switch(op){case '__eq__':
return self===other
case '__ne__':
return self !==other
case '__le__':
return DOMNode.tp_funcs.attach(self,other)
default:
return _b_.NotImplemented}}
DOMNode.tp_setattro=function(self,attr,value){
if(value===$B.NULL){if(self[attr]===undefined){$B.RAISE_ATTRIBUTE_ERROR(`cannot delete DOMNode attribute '${attr}'`,self,attr)}
delete self[attr]
return _b_.None}
if(DOMNode.tp_funcs[attr+"_set"]!==undefined){return DOMNode.tp_funcs[attr+"_set"](self,value)}
function warn(msg){console.log(msg)
var frame=$B.frame_obj.frame
if(! frame){return}
if($B.get_option('debug')> 0){var file=frame.__file__,lineno=frame.$lineno
console.log("module",frame[2],"line",lineno)
if($B.file_cache.hasOwnProperty(file)){var src=$B.file_cache[file]
console.log(src.split("\n")[lineno-1])}}else{
console.log("module",frame[2])}}
var proto=Object.getPrototypeOf(self),nb=0
while(!!proto && proto !==Object.prototype && nb++< 10){var descriptors=Object.getOwnPropertyDescriptors(proto)
if(!!descriptors &&
typeof descriptors.hasOwnProperty=="function"){if(descriptors.hasOwnProperty(attr)){if(!descriptors[attr].writable &&
descriptors[attr].set===undefined){warn("Warning: property '"+attr+
"' is not writable. Use element.attrs['"+
attr+"'] instead.")}
break}}else{
break}
proto=Object.getPrototypeOf(proto)}
if(self.style && self.style[attr]!==undefined &&
attr !='src' 
){warn("Warning: '"+attr+"' is a property of element.style")}
self[attr]=$B.pyobj2jsobj(value)
return _b_.None}
DOMNode.mp_ass_subscript=function(self,key,value){if(value===$B.NULL){if(self.nodeType==Node.DOCUMENT_NODE){
var res=self.getElementById(key)
if(res){res.parentNode.removeChild(res)}else{$B.RAISE(_b_.KeyError,key)}}else{
self.parentNode.removeChild(self)}
return _b_.None}
if(typeof key=="number"){self.childNodes[key]=value}else if(typeof key=="string"){if(self.attributes){if(self instanceof SVGElement){self.setAttributeNS(null,key,value)}else if(typeof self.setAttribute=="function"){self.setAttribute(key,value)}}}}
var DOMNode_funcs=DOMNode.tp_funcs={}
DOMNode_funcs.attach=function(self,other){
if(self.nodeType==Node.DOCUMENT_NODE){self=self.body}
if($B.$isinstance(other,TagSum)){for(var i=0;i < other.children.length;i++){self.appendChild(other.children[i])}}else if(typeof other=="string" ||typeof other=="number"){var txt=document.createTextNode(other.toString())
self.appendChild(txt)}else if(other.ob_type===$B.module_getattr($B.imported['browser.html'],'IFRAME')){console.log('attach FRAME')
self.appendChild(other.$target)}else if(other instanceof Node){self.appendChild(other)}else{
try{
var items=_b_.list.$factory(other)
for(let item of items){DOMNode.tp_funcs.attach(self,item)}}catch(err){$B.RAISE(_b_.TypeError,"can't add '"+
$B.class_name(other)+"' object to DOMNode instance")}}
return self }
DOMNode_funcs.__dir__=function(self){var res=[]
for(let attr in self){if(attr.charAt(0)!="$"){res.push(attr)}}
for(let attr in DOMNode){if(res.indexOf(attr)==-1){res.push(attr)}}
res.sort()
return $B.$list(res)}
DOMNode_funcs.abs_left_get=function(self){return $getPosition(self).left}
DOMNode_funcs.abs_left_set=_b_.None
DOMNode_funcs.abs_top_get=function(self){return $getPosition(self).top}
DOMNode_funcs.abs_top_set=_b_.None
DOMNode_funcs.bind=function(){
var $=$B.args("bind",4,{self:null,event:null,func:null,options:null},arguments,{func:_b_.None,options:_b_.None})
var self=$.self,event=$.event,func=$.func,options=$.options
if(func===_b_.None){
return function(f){return DOMNode.tp_funcs.bind(self,event,f)}}
var callback=(function(f){return function(ev){try{
return $B.$call(f,$DOMEvent(ev))}catch(err){if(err.ob_type !==undefined){$B.handle_error(err)}else{
try{
$B.$getattr($B.get_stderr(),"write")(err)}catch(err1){console.log(err)}}}}}
)(func)
callback.$infos=func.$infos
callback.$attrs=func.$attrs ||{}
callback.$func=func
if(typeof options=="boolean"){self.addEventListener(event,callback,options)}else if($B.exact_type(options,_b_.dict)){self.addEventListener(event,callback,_b_.dict.$to_obj(options))}else if(options===_b_.None){self.addEventListener(event,callback,false)}
self.$events=self.$events ||{}
self.$events[event]=self.$events[event]||[]
self.$events[event].push([func,callback])
return self}
DOMNode_funcs.children=function(self){var res=[]
if(self.nodeType==Node.DOCUMENT_NODE){self=self.body}
for(var child of self.children){res.push(DOMNode.$factory(child))}
return $B.$list(res)}
DOMNode_funcs.child_nodes=function(self){var res=[]
if(self.nodeType==Node.DOCUMENT_NODE){self=self.body}
for(var child of self.childNodes){res.push(DOMNode.$factory(child))}
return $B.$list(res)}
DOMNode_funcs.clear=function(){
var $=$B.args("clear",1,{self:null},arguments)
var self=$.self
if(self.nodeType==Node.DOCUMENT_NODE){self=self.body}
while(self.firstChild){self.removeChild(self.firstChild)}}
DOMNode_funcs.Class=function(self){if(self.className !==undefined){return self.className}
return _b_.None}
DOMNode_funcs.class_name_get=function(self){return DOMNode_funcs.Class(self)}
DOMNode_funcs.class_name_set=function(self,arg){self.setAttribute("class",arg)}
DOMNode_funcs.clone=function(self){var res=DOMNode.$factory(self.cloneNode(true))
var events=self.$events ||{}
for(var event in events){var evt_list=events[event]
for(let evt of evt_list){var func=evt[0]
DOMNode.tp_funcs.bind(res,event,func)}}
return res}
DOMNode_funcs.closest_get=function(){
var $=$B.args("closest",2,{self:null,selector:null},arguments,{selector:$B.NULL})
var self=$.self,selector=$.selector
if(self.closest===undefined){$B.RAISE_ATTRIBUTE_ERROR(_b_.str.$factory(self)+
" has no attribute 'closest'",self,'closest')}
if(selector===$B.NULL){$B.RAISE(_b_.TypeError,`${$B.class_name(self)}.closest() missing 1 required `+
`positional argument: 'selector'`
)}
var res=self.closest(selector)
if(res===null){$B.RAISE(_b_.KeyError,"no parent with selector "+selector)}
return DOMNode.$factory(res)}
DOMNode_funcs.bindings=function(self){
var res=$B.empty_dict()
for(var key in self.$events){_b_.dict.$setitem(res,key,self.$events[key].map(x=> x[1]))}
return res}
DOMNode_funcs.events=function(self,event){self.$events=self.$events ||{}
var evt_list=self.$events[event]=self.$events[event]||[],funcs=evt_list.map(x=> x[0])
return $B.$list(funcs)}
DOMNode_funcs.events_set=_b_.None
function make_list(node_list){var res=[]
for(var i=0;i < node_list.length;i++){res.push(DOMNode.$factory(node_list[i]))}
return $B.$list(res)}
DOMNode_funcs.get=function(self){
var $=$B.args('get',1,{self:null},arguments,null,null,'kw')
var self=$.self,kw=$.kw
if(kw.name !==undefined){if(self.getElementsByName===undefined){$B.RAISE(_b_.TypeError,"DOMNode object doesn't support "+
"selection by name")}
return make_list(self.getElementsByName(kw.name))}
if(kw.tag !==undefined){if(self.getElementsByTagName===undefined){$B.RAISE(_b_.TypeError,"DOMNode object doesn't support "+
"selection by tag name")}
return make_list(self.getElementsByTagName(kw.tag))}
if(kw.classname !==undefined){if(self.getElementsByClassName===undefined){$B.RAISE(_b_.TypeError,"DOMNode object doesn't support "+
"selection by class name")}
return make_list(self.getElementsByClassName(kw.classname))}
if(kw.id !==undefined){if(self.getElementById===undefined){$B.RAISE(_b_.TypeError,"DOMNode object doesn't support "+
"selection by id")}
var id_res=document.getElementById(kw.id)
if(! id_res){return[]}
return $B.$list([DOMNode.$factory(id_res)])}
if(kw.selector !==undefined){if(self.querySelectorAll===undefined){$B.RAISE(_b_.TypeError,"DOMNode object doesn't support "+
"selection by selector")}
return make_list(self.querySelectorAll(kw.selector))}
return $B.$list([])}
DOMNode_funcs.height_get=function(self){return dimension_get(self,'height')}
DOMNode_funcs.height_set=function(self,value){return dimension_set(self,'height',value)}
DOMNode_funcs.html_get=function(self){var res=self.innerHTML
if(res===undefined){if(self.nodeType==Node.DOCUMENT_NODE && self.body){res=self.body.innerHTML}else{
res=_b_.None}}
return res}
DOMNode_funcs.html_set=function(self,value){if(self.nodeType==Node.DOCUMENT_NODE){self=self.body}
self.innerHTML=_b_.str.$factory(value)}
DOMNode_funcs.index=function(self,selector){var items
if(selector===undefined){items=self.parentElement.childNodes}else{
items=self.parentElement.querySelectorAll(selector)}
var rank=-1
for(var i=0;i < items.length;i++){if(items[i]===self){rank=i;break}}
return rank}
DOMNode_funcs.inside=function(self,other){
var elt=self
while(true){if(other===elt){return true}
elt=elt.parentNode
if(! elt){return false}}}
DOMNode_funcs.left_get=function(self){return dimension_get(self,'left')}
DOMNode_funcs.left_set=function(self,value){return dimension_set(self,'left',value)}
DOMNode_funcs.parent_get=function(self){if(self.parentElement){return DOMNode.$factory(self.parentElement)}
return _b_.None}
DOMNode_funcs.parent_set=_b_.None
DOMNode_funcs.reset=function(self){
return function(){self.reset()}}
DOMNode_funcs.scrolled_left_get=function(self){return $getPosition(self).left-
document.scrollingElement.scrollLeft}
DOMNode_funcs.scrolled_left_set=_b_.None
DOMNode_funcs.scrolled_top_get=function(self){return $getPosition(self).top-
document.scrollingElement.scrollTop}
DOMNode_funcs.scrolled_top_set=_b_.None
DOMNode_funcs.select=function(self,selector){
if(self.querySelectorAll===undefined){$B.RAISE(_b_.TypeError,"DOMNode object doesn't support "+
"selection by selector")}
return make_list(self.querySelectorAll(selector))}
DOMNode_funcs.select_one=function(self,selector){
if(self.querySelector===undefined){$B.RAISE(_b_.TypeError,"DOMNode object doesn't support "+
"selection by selector")}
var res=self.querySelector(selector)
if(res===null){return _b_.None}
return DOMNode.$factory(res)}
DOMNode_funcs.setSelectionRange=function(){
if(this["setSelectionRange"]!==undefined){return(function(obj){return function(){return obj.setSelectionRange.apply(obj,arguments)}})(this)}else if(this["createTextRange"]!==undefined){return(function(obj){return function(start_pos,end_pos){if(end_pos==undefined){end_pos=start_pos}
var range=obj.createTextRange()
range.collapse(true)
range.moveEnd("character",start_pos)
range.moveStart("character",end_pos)
range.select()}})(this)}}
DOMNode_funcs.style_get=function(self){return self.style}
DOMNode_funcs.style_set=function(self,style){
if(typeof style==='string'){self.style=style
return}else if(!$B.is_dict(style)){$B.RAISE(_b_.TypeError,"style must be str or dict, not "+
$B.class_name(style))}
for(var item of _b_.dict.$iter_items(style)){var key=item.key,value=item.value
if(key.toLowerCase()=="float"){self.style.cssFloat=value
self.style.styleFloat=value}else{
switch(key){case "top":
case "left":
case "width":
case "height":
case "borderWidth":
if($B.is_int(value)){value=value+"px"}}
self.style[key]=value}}}
DOMNode_funcs.top_get=function(self){return dimension_get(self,'top')}
DOMNode_funcs.top_set=function(self,value){return dimension_set(self,'top',value)}
DOMNode_funcs.text_get=function(self){if(self.nodeType==Node.DOCUMENT_NODE){self=self.body}
var res=self.innerText ||self.textContent
if(res===null){res=_b_.None}
return res}
DOMNode_funcs.text_set=function(self,value){if(self.nodeType==Node.DOCUMENT_NODE){self=self.body}
self.innerText=_b_.str.$factory(value)
self.textContent=_b_.str.$factory(value)}
DOMNode_funcs.trigger=function(self,etype){
if(self.fireEvent){self.fireEvent("on"+etype)}else{
var evObj=document.createEvent("Events")
evObj.initEvent(etype,true,false)
self.dispatchEvent(evObj)}}
DOMNode_funcs.unbind=function(self,event){
if(! self.$events){return _b_.None}
if(event===undefined){for(let evt in self.$events){DOMNode.unbind(self,evt)}
return _b_.None}
if(self.$events[event]===undefined ||
self.$events[event].length==0){return _b_.None}
var events=self.$events[event]
if(arguments.length==2){
for(let evt of events){var callback=evt[1]
self.removeEventListener(event,callback,false)}
self.$events[event]=[]
return _b_.None}
for(let i=2;i < arguments.length;i++){let func=arguments[i],flag=false
for(let j=0,len=events.length;j < len;j++){if($B.is_or_equals(func,events[j][0])){let _callback=events[j][1]
self.removeEventListener(event,_callback,false)
events.splice(j,1)
flag=true
break}}
if(! flag){$B.RAISE(_b_.TypeError,'missing callback for event '+event)}}}
DOMNode_funcs.width_get=function(self){return dimension_get(self,'width')}
DOMNode_funcs.width_set=function(self,value){return dimension_set(self,'width',value)}
DOMNode.tp_getset=["abs_left","abs_top","class_name","closest","html","scrolled_left","scrolled_top","style","text","height","left","top","width","parent"
]
DOMNode.tp_methods=["__dir__","attach","bind","bindings","children","child_nodes","clear","clone","events","get","index","inside","reset","select","select_one","setSelectionRange","trigger","unbind"
]
$B.set_func_names(DOMNode,"builtins")
var Query=$B.make_builtin_class("query")
Query.sq_contains=function(self,key){return self._keys.indexOf(key)>-1}
Query.mp_subscript=function(self,key){
var result=self._values[key]
if(result===undefined){$B.RAISE(_b_.KeyError,key)}else if(result.length==1){return result[0]}
return result}
var Query_iterator=$B.make_builtin_class("query string iterator")
Query_iterator.tp_iter=function(self){return self}
Query_iterator.tp_iternext=function*(self){for(var key of self.it){yield key}}
Query.tp_iter=function(self){return{
ob_type:Query_iterator,obj:self,it:Object.keys(self._values)[Symbol.iterator]()}}
Query.mp_ass_subscript=function(self,key,value){self._values[key]=[value]
return _b_.None}
Query.tp_repr=function(self){
var elts=[]
for(var key in self._values){for(const val of self._values[key]){elts.push(encodeURIComponent(key)+"="+encodeURIComponent(val))}}
if(elts.length==0){return ""}else{
return "?"+elts.join("&")}}
var Query_funcs=Query.tp_funcs={}
Query_funcs.getfirst=function(self,key,_default){
var result=self._values[key]
if(result===undefined){if(_default===undefined){return _b_.None}
return _default}
return result[0]}
Query_funcs.getlist=function(self,key){
return $B.$list(self._values[key]??[])}
Query_funcs.getvalue=function(self,key,_default){try{
return Query.mp_subscript(self,key)}catch(err){if(_default===undefined){return _b_.None}
return _default}}
Query_funcs.keys=function(self){return self._keys}
Query.tp_methods=["getfirst","getlist","getvalue","keys"]
$B.set_func_names(Query,"<dom>")
var TagSum=$B.make_builtin_class("TagSum")
TagSum.$factory=function(){return{
ob_type:TagSum,children:[]}}
TagSum.sq_concat=function(self,other){if($B.get_class(other)===TagSum){self.children=self.children.concat(other.children)}else if($B.$isinstance(other,[_b_.str,_b_.int,_b_.float,_b_.dict,_b_.set,_b_.list])){self.children=self.children.concat(
DOMNode.$factory(document.createTextNode(other)))}else{
self.children.push(other)}
return self}
TagSum.tp_repr=function(self){var res="<object TagSum> "
for(var i=0;i < self.children.length;i++){res+=self.children[i]
if(self.children[i].toString()=="[object Text]"){res+=" ["+self.children[i].textContent+"]\n"}}
return res}
var TagSum_funcs=TagSum.tp_funcs={}
TagSum_funcs.clone=function(self){var res=TagSum.$factory()
for(var i=0;i < self.children.length;i++){res.children.push(self.children[i].cloneNode(true))}
return res}
TagSum_funcs.appendChild=function(self,child){self.children.push(child)}
TagSum.tp_methods=["appendChild","clone"]
$B.set_func_names(TagSum,"<dom>")
$B.TagSum=TagSum 
$B.DOMNode=DOMNode})(__BRYTHON__);
;
(function($B){"use strict";
$B.pattern_match=function(subject,pattern){var _b_=$B.builtins,frame=$B.frame_obj.frame,locals=frame[1]
function bind(pattern,subject){if(pattern.alias){locals[pattern.alias]=subject}}
if(pattern.sequence){
if($B.$isinstance(subject,[_b_.str,_b_.bytes,_b_.bytearray])){
return false}
let Sequence
if($B.imported['collections.abc']){Sequence=$B.module_getattr($B.imported['collections.abc'],'Sequence')}
let deque
if($B.imported['collections']){deque=$B.module_getattr($B.imported['collections'],'deque')}
let supported=false
let klass=$B.get_class(subject)
for(let base of[klass].concat(klass.tp_bases ||[])){if(base.$match_sequence_pattern){
supported=true
break}else if(base===Sequence ||base==deque){supported=true
break}}
if((! supported)&& Sequence){
supported=_b_.issubclass(klass,Sequence)}
if(! supported){return false}
if(pattern.sequence.length==1 &&
pattern.sequence[0].capture_starred=='_'){return true}
let subject_length=_b_.len(subject),nb_fixed_length=0
for(let item of pattern.sequence){if(! item.capture_starred){nb_fixed_length++}}
if(subject_length < nb_fixed_length){
return false}else if(subject_length==0 && pattern.sequence.length==0){
return true}
let it=_b_.iter(subject),nxt=$B.$getattr($B.get_class(it),'__next__'),store_starred=[],nb_matched_in_subject=0
for(let i=0,len=pattern.sequence.length;i < len;i++){if(pattern.sequence[i].capture_starred){
if(pattern.sequence[i].capture_starred=='_' &&
i==len-1){bind(pattern,subject)
return true}
let starred_match_length=subject_length-
nb_matched_in_subject-len+i+1
for(let j=0;j < starred_match_length;j++){store_starred.push(nxt(it))}
locals[pattern.sequence[i].capture_starred]=
$B.$list(store_starred)
nb_matched_in_subject+=starred_match_length}else{
let subject_item=nxt(it)
let m=$B.pattern_match(subject_item,pattern.sequence[i])
if(! m){return false}
nb_matched_in_subject++}}
if(nb_matched_in_subject !=subject_length){return false}
bind(pattern,subject)
return true}
if(pattern.group){if(pattern.group.length==1){
if($B.pattern_match(subject,pattern.group[0])){bind(pattern,subject)
return true}}else{
pattern.sequence=pattern.group
return $B.pattern_match(subject,pattern)}}
if(pattern.or){
for(let item of pattern.or){if($B.pattern_match(subject,item)){bind(pattern,subject)
return true}}
return false}
if(pattern.mapping){
let supported=false
let Mapping
if($B.imported['collections.abc']){Mapping=$B.module_getattr($B.imported['collections.abc'],'Mapping')}
let klass=$B.get_class(subject)
for(let base of[klass].concat(klass.tp_bases ||[])){
if(base.$match_mapping_pattern ||base===Mapping){supported=true
break}}
if((! supported)&& Mapping){supported=_b_.issubclass(klass,Mapping)}
if(! supported){return false}
let matched=[],keys=[]
for(let item of pattern.mapping){let key_pattern=item[0],value_pattern=item[1],key
if(key_pattern.hasOwnProperty('literal')){key=key_pattern.literal}else if(key_pattern.hasOwnProperty('value')){key=key_pattern.value}
if(_b_.list.sq_contains(keys,key)){$B.RAISE(_b_.ValueError,'mapping pattern checks '+
'duplicate key ('+
_b_.str.$factory(key)+')')}
keys.push(key)
let missing=$B.make_type('missing')
missing.$factory=function(){return{
ob_type:missing}}
$B.finalize_type(missing)
try{
let v=$B.$call($B.$getattr(subject,"get"),key,missing)
if(v===missing){
return false}
if(! $B.pattern_match(v,value_pattern)){return false}
matched.push(key)}catch(err){if($B.is_exc(err,[_b_.KeyError])){return false}
throw err}}
if(pattern.rest){let rest=$B.empty_dict(),it=_b_.iter(subject),next_key
while(true){try{
next_key=_b_.next(it)}catch(err){if($B.is_exc(err,[_b_.StopIteration])){locals[pattern.rest]=rest
return true}
throw err}
if(! _b_.list.sq_contains(matched,next_key)){_b_.dict.mp_ass_subscript(rest,next_key,$B.$getitem(subject,next_key))}}}
return true}
if(pattern.class){let klass=pattern.class
if(! $B.$isinstance(klass,_b_.type)){$B.RAISE(_b_.TypeError,'called match pattern must be a type')}
if(! $B.$isinstance(subject,klass)){return false}
if(pattern.args.length > 0){if([_b_.bool,_b_.bytearray,_b_.bytes,_b_.dict,_b_.float,_b_.frozenset,_b_.int,_b_.list,_b_.set,_b_.str,_b_.tuple].indexOf(klass)>-1){
if(pattern.args.length > 1){$B.RAISE(_b_.TypeError,'for builtin type '+
$B.class_name(subject)+', a single positional '+
'subpattern is accepted')}
return $B.pattern_match(subject,pattern.args[0])}else{
let match_args=$B.$getattr(klass,'__match_args__',$B.fast_tuple([]))
if(! $B.is_tuple(match_args)){$B.RAISE(_b_.TypeError,'__match_args__() did not return a tuple')}
if(pattern.args.length > match_args.length){$B.RAISE(_b_.TypeError,'__match_args__() returns '+match_args.length+
' names but '+pattern.args.length+' positional '+
'arguments were passed')}
for(let i=0,len=pattern.args.length;i < len;i++){
let pattern_arg=pattern.args[i],klass_arg=match_args[i]
if(typeof klass_arg !=="string"){$B.RAISE(_b_.TypeError,'item in __match_args__ '+
'is not a string: '+klass_arg)}
if(pattern.keywords.hasOwnProperty(klass_arg)){$B.RAISE(_b_.TypeError,'__match_arg__ item '+
klass_arg+' was passed as keyword pattern')}
pattern.keywords[klass_arg]=pattern_arg}}}
for(let key in pattern.keywords){let v=$B.$getattr(subject,key,null)
if(v===null){return false}else if(! $B.pattern_match(v,pattern.keywords[key])){return false}}
bind(pattern,subject)
return true}
if(pattern.capture){if(pattern.capture !='_'){
locals[pattern.capture]=subject}
bind(pattern,subject)
return true}else if(pattern.capture_starred){
locals[pattern.capture_starred]=$B.$list(subject)
return true}else if(pattern.hasOwnProperty('literal')){let literal=pattern.literal
if(literal===_b_.None ||literal===_b_.True ||
literal===_b_.False){
return $B.$is(subject,literal)}
if($B.rich_comp('__eq__',subject,literal)){bind(pattern,subject)
return true}
return false}else if(pattern.hasOwnProperty('value')){if($B.rich_comp('__eq__',subject,pattern.value)){bind(pattern,subject)
return true}}else if(subject==pattern){return true}
return false}})(__BRYTHON__);
;
;(function($B){"use strict";
var _b_=$B.builtins
var coroutine=$B.coroutine
coroutine.tp_repr=function(self){if(self.$func.$function_infos){return "<coroutine "+self.$func.$function_infos[$B.func_attrs.name]+">"}else{
return "<coroutine object>"}}
$B.coroutine.tp_finalize=function(self){}
$B.coroutine.am_await=function(self){}
var coroutine_funcs=$B.coroutine.tp_funcs={}
coroutine_funcs.__class_getitem__=function(self){}
coroutine_funcs.__name___get=function(self){}
coroutine_funcs.__name___set=function(self){}
coroutine_funcs.__qualname___get=function(self){}
coroutine_funcs.__qualname___set=function(self){}
coroutine_funcs.__sizeof__=function(self){}
coroutine_funcs.close=function(self){self.$sent=true }
coroutine_funcs.cr_await_get=function(self){}
coroutine_funcs.cr_await_set=function(self){}
coroutine_funcs.cr_code_get=function(self){}
coroutine_funcs.cr_code_set=function(self){}
coroutine_funcs.cr_frame_get=function(self){}
coroutine_funcs.cr_frame_set=function(self){}
coroutine_funcs.cr_running_get=function(self){}
coroutine_funcs.cr_running_set=function(self){}
coroutine_funcs.cr_suspended_get=function(self){}
coroutine_funcs.cr_suspended_set=function(self){}
coroutine_funcs.send=function(self){self.$sent=true
if(! $B.$isinstance(self,coroutine)){var msg="object is not a coroutine"
if(typeof self=="function" && self.$function_infos &&
self.$function_infos[$B.func_attrs.flags]& 128){msg+='. Maybe you forgot to call the async function ?'}
$B.RAISE(_b_.TypeError,msg)}
var res=self.$func.apply(null,self.$args)
res.then(function(){if(self.$frame_obj){$B.frame_obj=self.$frame_obj}}).
catch(function(err){if(err.$frame_obj){$B.frame_obj=err.$frame_obj}})
return res}
coroutine_funcs.throw=function(self){}
$B.coroutine.tp_methods=["send","throw","close","__sizeof__"]
$B.coroutine.classmethods=["__class_getitem__"]
$B.coroutine.tp_members=[["cr_origin",$B.TYPES.OBJECT,"cr_origin_or_finalizer",1]
]
$B.coroutine.tp_getset=["__name__","__qualname__","cr_await","cr_running","cr_frame","cr_code","cr_suspended"
]
$B.set_func_names(coroutine,"builtins")
$B.make_async=func=>{
if(func.$is_genfunc){return func}
var f=function(){var args=arguments
var res={ob_type:coroutine,$args:args,$func:func}
if($B.frame_obj !==null){var frame=$B.frame_obj.frame
frame.$coroutine=res
res.$lineno=frame.$lineno}
return res}
f.$function_infos=func.$function_infos
f.$is_func=true
f.$is_async=true
f.$args_parser=func.$args_parser
f.ob_type=$B.function
f.__annotate__=func.__annotate__
$B.init_dict(f)
return f}
$B.promise=function(obj){if($B.exact_type(obj,coroutine)){
obj.$frame_obj=$B.frame_obj
return coroutine.tp_funcs.send(obj)}
if(typeof obj=="function"){return obj()}
if(obj instanceof Promise ||typeof obj.then=="function"){
obj.frame_obj=$B.frame_obj
return obj.then(function(x){$B.frame_obj=obj.frame_obj
return $B.jsobj2pyobj(x)}).catch(function(err){$B.frame_obj=obj.frame_obj
throw $B.exception(err)})}
var awaitable=$B.$getattr(obj,'__await__',null)
if(awaitable !==null){
awaitable=$B.$call(awaitable)
if($B.$getattr(awaitable,'__next__',null)===null){$B.RAISE(_b_.TypeError,'__await__() returned non-iterator'+
` of type '${$B.class_name(awaitable)}'`)}
return awaitable}
$B.RAISE(_b_.TypeError,`object ${$B.class_name(obj)} `+
`can't be used in 'await' expression`)}})(__BRYTHON__);
;

"use strict";
(function($B){var _b_=$B.builtins,_window=globalThis
$B.namespace=function(module_name){
var res=$B.imported.hasOwnProperty(module_name)
? $B.get_dict($B.imported[module_name])
:$B.empty_dict()
return res}
var Module=$B.module
Module.$factory=function(name,doc,$package){var self=Module.tp_new(Module)
Module.tp_init(self,name,doc,$package)
return self}
$B.module_getattr=function(module,attr){return $B.get_from_dict(module,attr,$B.NULL)}
$B.module_setattr=function(module,attr,value){_b_.dict.$setitem($B.get_dict(module),attr,value)}
$B.module_items=function(module){return _b_.dict.$iter_items($B.get_dict(module))}
$B.module.tp_methods=["__dir__"]
$B.module.tp_getset=["__annotations__","__annotate__"]
$B.module.tp_repr=function(self){var name=$B.module_getattr(self,'__name__')
var file=$B.module_getattr(self,'__file__')
if(file===$B.NULL){file='(built_in)'}else{
file='from '+file}
return `<module '${name}' ${file}>`}
$B.module.tp_getattro=function(self,attr){var test=false 
var res=_b_.object.tp_getattro(self,attr)
if(res !==$B.NULL){if(test){console.log('res',res,$B.get_class(res).tp_name)}
if(res?.__get__){return res.__get__()}
return res}
var getattr=$B.get_from_dict(self,'__getattr__',$B.NULL)
if(getattr !==$B.NULL){return $B.$call(getattr,attr)}
return $B.NULL}
$B.module.tp_init=function(self){var $=$B.args('__init__',3,{self:null,name:null,doc:null},arguments,{doc:_b_.None},'args','kw')
var self=$.self
$B.module_setattr(self,'__name__',$.name)
$B.module_setattr(self,'__doc__',$.doc)}
$B.module.tp_new=function(cls,args,kw){var res={ob_type:cls}
$B.init_dict(res)
return res}
$B.module.tp_setattro=function(self,attr,value){
var res=$B.get_from_dict(self,attr,$B.NULL)
if(res !==$B.NULL && res.__set__){return res.__set__(value)}
_b_.object.tp_setattro(self,attr,value)}
var module_funcs=$B.module.tp_funcs={}
module_funcs.__annotate___get=function(self){}
module_funcs.__annotate___set=function(self){}
module_funcs.__annotations___get=function(self){}
module_funcs.__annotations___set=function(self){}
module_funcs.__dict___get=function(self){return $B.get_dict(self)}
module_funcs.__dict___set=_b_.None
module_funcs.__dir__=function(self){var dir_func=$B.module_getattr(self,'__dir__')
if(dir_func !==$B.NULL){return $B.$call(dir_func)}
var names=[]
for(var item of _b_.dict.$iter_items($B.get_dict(self))){
if(item.key[0]!=='$'){names.push(item.key)}}
return $B.$list(names.sort())}
$B.module.tp_methods=["__dir__"]
$B.module.tp_getset=["__annotations__","__annotate__","__dict__" 
]
$B.set_func_names(Module,"builtins")
$B.make_import_paths=function(filename){
var filepath=$B.script_domain ? $B.script_domain+'/'+filename :filename
var elts=filepath.split('/')
elts.pop()
var script_dir=elts.join('/'),path=[$B.brython_path+'Lib',$B.brython_path+'libs',script_dir,$B.brython_path+'Lib/site-packages']
var meta_path=[],path_hooks=[]
if($B.use_VFS){meta_path.push($B.finders.VFS)}
var static_stdlib_import=$B.get_option_from_filename('static_stdlib_import',filename)
if(static_stdlib_import !==false && $B.protocol !="file"){
meta_path.push($B.finders.stdlib_static)
if(path.length > 3){path.shift()
path.shift()}}
var pythonpath=$B.get_option_from_filename('pythonpath',filename)
if(pythonpath){
var ix=path.indexOf(script_dir)
if(ix===-1){console.log('bizarre, script_dir',script_dir,'not in path',path)}else{
var fullpaths=[]
for(var p of pythonpath){if(p=='.'){fullpaths.push(script_dir)}else if(p.startsWith('/')){
fullpaths.push($B.script_domain+p)}else if(p.split('://')[0].startsWith('http')){
fullpaths.push(p)}else if(! p.startsWith($B.script_domain)){fullpaths.push(script_dir+'/'+p)}else{
fullpaths.push(p)}}
path.splice(ix,1,...fullpaths)}}
if($B.protocol !=="file"){meta_path.push($B.finders.path)
path_hooks.push($B.url_hook)}
$B.import_info[filename]={meta_path,path_hooks,path}}
function $download_module(mod,url){var xhr=new XMLHttpRequest(),fake_qs="?v="+(new Date().getTime()),res=null,
mod_name=mod.__name__===undefined ?
$B.module_getattr(mod,'__name__'):mod.__name__
if($B.get_option('cache')){xhr.open("GET",url,false)}else{
xhr.open("GET",url+fake_qs,false)}
var timer=_window.setTimeout(function(){xhr.abort()},5000)
xhr.send()
if($B.$CORS){if(xhr.status==200 ||xhr.status==0){res=xhr.responseText}else{
res=$B.EXC(_b_.ModuleNotFoundError,"No module named '"+
mod_name+"'")}}else{
if(xhr.readyState==4){if(xhr.status==200){res=xhr.responseText
mod.$last_modified=
xhr.getResponseHeader("Last-Modified")}else{
console.info("Trying to import "+mod_name+
", not found at url "+url)
res=$B.EXC(_b_.ModuleNotFoundError,"No module named '"+
mod_name+"'")}}}
_window.clearTimeout(timer)
if(res==null){$B.RAISE(_b_.ModuleNotFoundError,"No module named '"+
mod_name+"' (res is null)")}
if($B.$isinstance(res,_b_.BaseException)){throw res }
res=res.replace(/\r\n/g,'\n')
return res}
$B.$download_module=$download_module
$B.addToImported=function(name,modobj){var module=$B.imported[name]
if(modobj===undefined){$B.RAISE(_b_.ImportError,'imported not set by module')}
for(var attr in modobj){if(typeof modobj[attr]=="function" && ! modobj[attr].$infos){modobj[attr].$infos={__module__:name,__name__:attr,__qualname__:attr,__code__:{co_filename:modobj.__file__,co_code:modobj[attr]+'',co_flags:$B.COMPILER_FLAGS.OPTIMIZED |$B.COMPILER_FLAGS.NEWLOCALS}}
modobj[attr].$in_js_module=true
modobj[attr].ob_type=$B.function
$B.init_dict(modobj[attr])
$B.add_function_infos(modobj,attr,name,attr)}else if($B.$isinstance(modobj[attr],_b_.type)){if($B.get_dict(modobj[attr])){if($B.get_from_dict(modobj[attr],'__module__',$B.NULL)===
$B.NULL){$B.set_to_dict(modobj[attr],'__module__',name)}}}
$B.module_setattr(module,attr,modobj[attr])}}
function run_js(module_contents,path,_module){var mod_name=$B.module_getattr(_module,'__name__')
var keys_before=new Set(Object.keys(globalThis))
try{
new Function(module_contents)()}catch(err){throw $B.exception(err)}
var new_keys=(new Set(Object.keys(globalThis))).difference(keys_before)
var modobj=$B.imported[mod_name]
if(modobj===undefined){console.log('_module',_module,mod_name)
$B.RAISE(_b_.ImportError,'imported not set by module')}
modobj.ob_type=Module
$B.module_setattr(modobj,'__name__',mod_name)
for(var new_key of new_keys){modobj[new_key]=globalThis[new_key]
delete globalThis[new_key]}
for(var entry of _b_.dict.$iter_items($B.get_dict(modobj))){if(typeof entry.value=="function"){if(! entry.value.$infos){entry.value.$infos={__module__:_module.__name__,__name__:attr,__qualname__:attr}}
entry.value.$in_js_module=true
entry.value.func_module=mod_name}else if($B.$isinstance(entry.value,_b_.type)&&
entry.value.func_module===undefined){entry.value.func_module=mod_name}}
return true}
function run_py(module_contents,path,module,compiled){
var filename=$B.module_getattr(module,'__file__')
var test=false 
if(test){console.log('------------------  run py',filename)}
$B.file_cache[filename]=module_contents
$B.url2name[filename]=$B.module_getattr(module,'__name__')
var root,js,mod_name=$B.module_getattr(module,'__name__'),
spec=$B.module_getattr(module,'__spec__'),src
if(! compiled){src={src:module_contents,filename,imported:true}
try{
root=$B.py2js(src,module,$B.module_getattr(module,'__name__'),$B.builtins_scope)}catch(err){err.$frame_obj=$B.frame_obj
if($B.get_option('debug',err)> 1){console.log('error in imported module',module)
console.log('stack',$B.make_frames_stack(err.$frame_obj))}
throw err}}
var module_name=$B.module_getattr(module,'__name__')
try{
js=compiled ? module_contents :root.to_js()
if($B.get_option('debug')==10){console.log("code for module "+module_name)
console.log(js)}
src=js
js="var $module = (function() {\n"+js
var prefix='locals_'
js+='return '+prefix
js+=$B.scope_name(module_name)+"})(__BRYTHON__)\n"+
"return $module"
var module_id=prefix+$B.scope_name(module_name)
if(test){console.log('js for',filename,'\n',js)}
var mod=(new Function(module_id,js))(module)}catch(err){err.$frame_obj=err.$frame_obj ||$B.frame_obj
if($B.get_option('debug',err)> 2){console.log('error',err,"\n for module "+module_name)
console.log("module",module)
console.log(root)
if($B.get_option('debug',err)> 1){console.log(src)}
for(let attr in err){console.log(attr,err[attr])}
console.log("message: "+err.$message)
console.log("filename: "+err.fileName)
console.log("linenum: "+err.lineNumber)
console.log(js.split('\n').slice(err.lineNumber-3,err.lineNumber+3).join('\n'))
console.log(err.stack)}
throw err}
var imports=Object.keys(root.imports).join(",")
try{
for(let attr in mod){$B.module_setattr(module,attr,mod[attr])}
$B.module_setattr(module,'__initializing__',false)
return{
content:src,name:mod_name,imports,is_package:module.$is_package,path,timestamp:$B.timestamp,source_ts:$B.$getattr(spec,'loader_state').timestamp}}catch(err){console.log('error',err)
console.log('module',module)
for(let attr in err){console.log(attr+" "+err[attr])}
if($B.get_option('debug')> 0){console.log("frame obj",$B.frame_obj)}
throw err}}
$B.run_py=run_py 
$B.run_js=run_js
var ModuleSpec=$B.ModuleSpec=$B.make_builtin_class("ModuleSpec")
ModuleSpec.$factory=function(fields){var spec={ob_type:ModuleSpec}
$B.init_dict(spec)
for(var field in fields){$B.set_to_dict(spec,field,fields[field])}
if(! fields.hasOwnProperty('loader')){console.log('no loader',fields)
console.log(Error('trace').stack)}
return spec}
ModuleSpec.tp_repr=function(self){var res=`ModuleSpec(name='${self.name}', `+
`loader=${_b_.str.$factory(self.loader)}, `+
`origin='${self.origin}'`
if(self.submodule_search_locations !==_b_.None){res+=`, submodule_search_locations=`+
`${_b_.str.$factory(self.submodule_search_locations)}`}
return res+')'}
$B.set_func_names(ModuleSpec,"builtins")
function parent_package(mod_name){
var parts=mod_name.split(".")
parts.pop()
return parts.join(".")}
var VFSFinder=$B.make_builtin_class("VFSFinder")
VFSFinder.$factory=function(){return{
ob_type:VFSFinder}}
var VFSFinder_funcs=VFSFinder.tp_funcs={}
VFSFinder_funcs.find_spec=function(cls,fullname){var stored,is_package,timestamp
if(!$B.use_VFS){return _b_.None}
stored=$B.VFS[fullname]
if(stored===undefined){return _b_.None}
is_package=stored[3]||false
timestamp=stored.timestamp
if(stored){var is_builtin=$B.builtin_module_names.indexOf(fullname)>-1
return ModuleSpec.$factory({name :fullname,loader:VFSLoader.$factory(),
origin :is_builtin? "built-in" :"brython_stdlib",
submodule_search_locations:is_package? $B.$list([]):_b_.None,loader_state:{stored:stored,timestamp:timestamp},
cached:_b_.None,parent:is_package? fullname :parent_package(fullname),has_location:_b_.False})}}
VFSFinder.classmethods=["find_spec"]
$B.set_func_names(VFSFinder,"<import>")
const VFSLoader=$B.make_builtin_class("VFSLoader")
VFSLoader.$factory=function(){return{
ob_type:VFSLoader}}
var VFSLoader_funcs=VFSLoader.tp_funcs={}
VFSLoader_funcs.create_module=function(){
return _b_.None}
VFSLoader_funcs.exec_module=function(self,modobj){
if(modobj===undefined){console.log('no module')
console.log(Error('trace').stack)}
var spec=$B.$getattr(modobj,'__spec__'),loader_state=$B.$getattr(spec,'loader_state'),stored=loader_state.stored,timestamp=loader_state.timestamp
var ext=stored[0],module_contents=stored[1],imports=stored[2]
modobj.$is_package=stored[3]||false
var mod_name=$B.module_getattr(modobj,'__name__')
var path="VFS."+mod_name
path+=modobj.$is_package ? "/__init__.py" :ext
$B.module_setattr(modobj,'__file__',path)
$B.file_cache[path]=$B.VFS[mod_name][1]
$B.url2name[path]=mod_name
if(ext=='.js'){run_js(module_contents,$B.module_getattr(modobj,'__path__'),modobj)}else if($B.precompiled.hasOwnProperty(mod_name)){if($B.get_option('debug')> 1){console.info("load",mod_name,"from precompiled")}
var parts=mod_name.split(".")
for(var i=0;i < parts.length;i++){var parent=parts.slice(0,i+1).join(".")
if($B.imported.hasOwnProperty(parent)&&
$B.module_getattr($B.imported[parent],'__initialized__')!==$B.NULL){continue}
var mod_js=$B.precompiled[parent],is_package=modobj.$is_package
if(mod_js===undefined){
continue}
if(Array.isArray(mod_js)){mod_js=mod_js[0]}
var mod=$B.imported[parent]=Module.$factory(parent,undefined,is_package)
$B.module_setattr(mod,'__initialized__',true)
$B.module_setattr(mod,'__spec__',spec)
if(is_package){$B.module_setattr(mod,'__path__',"<stdlib>")
$B.module_setattr(mod,'__package__',parent)
mod.$is_package=true}else{
let elts=parent.split(".")
elts.pop()
$B.module_setattr(mod,'__package__',elts.join("."))}
$B.module_setattr(mod,'__file__',path)
try{
var parent_id=$B.scope_name(parent),prefix='locals_'
mod_js+="return "+prefix+parent_id
var $module=new Function(prefix+parent_id,mod_js)(
mod)}catch(err){if($B.get_option('debug')> 1){console.log('error in module',mod)
console.log(err)
for(var k in err){console.log(k,err[k])}
console.log(Object.keys($B.imported))
console.log(modobj,"mod_js",mod_js)}
throw err}
for(var attr in $module){$B.module_setattr(mod,attr,$module[attr])}
$module.__file__=path
if(i > 0){
$B.builtins.setattr(
$B.imported[parts.slice(0,i).join(".")],parts[i],$module)}}
return $module}else{
var mod_name=$B.module_getattr(modobj,'__name__')
if($B.get_option('debug')> 1){console.log("run Python code from VFS",mod_name)}
var path=$B.brython_path+'/'+modobj.__file__
var record=run_py(module_contents,path,modobj)
record.imports=imports.join(',')
record.is_package=modobj.$is_package
record.timestamp=$B.timestamp
record.source_ts=timestamp
$B.precompiled[mod_name]=record.is_package ?[record.content]:
record.content
let elts=mod_name.split(".")
if(elts.length > 1){elts.pop()}
if($B.get_page_option('indexeddb')&& $B.indexedDB &&
$B.idb_name){
var idb_cx=indexedDB.open($B.idb_name)
idb_cx.onsuccess=function(evt){var db=evt.target.result,tx=db.transaction("modules","readwrite"),store=tx.objectStore("modules"),request=store.put(record)
request.onsuccess=function(){if($B.get_option('debug')> 1){console.info(modobj.__name__,"stored in db")}}
request.onerror=function(){console.info("could not store "+modobj.__name__)}}}}}
VFSLoader.tp_methods=["create_module","exec_module"]
$B.set_func_names(VFSLoader,"builtins")
var StdlibStaticFinder=$B.make_builtin_class("StdlibStaticFinder")
StdlibStaticFinder.$factory=function(){return{
ob_type:StdlibStaticFinder}}
var StdlibStaticFinder_funcs=StdlibStaticFinder.tp_funcs={}
StdlibStaticFinder_funcs.find_spec=function(self,fullname){
if($B.stdlib && $B.get_option('static_stdlib_import')){var address=$B.stdlib[fullname]
if(address===undefined){var elts=fullname.split(".")
if(elts.length > 1){elts.pop()
var $package=$B.stdlib[elts.join(".")]
if($package && $package[1]){address=["py"]}}}
if(address !==undefined){var ext=address[0],is_pkg=address[1]!==undefined,path=$B.brython_path+
((ext=="py")? "Lib/" :"libs/")+
fullname.replace(/\./g,"/"),metadata={ext:ext,is_package:is_pkg,path:path+(is_pkg? "/__init__.py" :
((ext=="py")? ".py" :".js")),address:address},_module=Module.$factory(fullname)
metadata.code=$download_module(_module,metadata.path)
metadata.timestamp=Date.parse(_module.$last_modified)
var res=ModuleSpec.$factory({name :fullname,loader:PathLoader.$factory(),
origin :metadata.path,submodule_search_locations:is_pkg? $B.$list([path]):_b_.None,loader_state:metadata,
cached:_b_.None,parent:is_pkg ? fullname :parent_package(fullname),has_location:_b_.True})
return res}}
return _b_.None}
StdlibStaticFinder.classmethods=["find_spec"]
$B.set_func_names(StdlibStaticFinder,"<import>")
var PathFinder=$B.make_builtin_class("PathFinder")
PathFinder.$factory=function(){return{
ob_type:PathFinder}}
var PathFinder_funcs=PathFinder.tp_funcs={}
PathFinder_funcs.find_spec=function(cls,fullname,path){var test=false 
if(test){console.log('find_spec',fullname,'path',path)}
if($B.VFS && $B.VFS[fullname]){
return _b_.None}
if($B.is_none(path)){
path=get_info('path')
if(test){console.log('use path',path)}}
for(var i=0,li=path.length;i < li;++i){var path_entry=path[i]
if(path_entry[path_entry.length-1]!="/"){path_entry+="/"}
var finder=$B.path_importer_cache[path_entry]
if(test){console.log('finder in cache',finder)}
if(finder===undefined){
var path_hooks=get_info('path_hooks')
for(var j=0,lj=path_hooks.length;j < lj;++j){var hook=path_hooks[j]
try{
finder=$B.$call(hook,path_entry)
$B.path_importer_cache[path_entry]=finder
break}catch(e){if($B.get_class(e)!==_b_.ImportError){throw e}}}}
if($B.is_none(finder)){continue}
var find_spec=$B.$getattr(finder,"find_spec"),spec=$B.$call(find_spec,fullname)
if(!$B.is_none(spec)){return spec}}
return _b_.None}
PathFinder.classmethods=["find_spec"]
$B.set_func_names(PathFinder,"<import>")
var PathEntryFinder=$B.make_builtin_class("PathEntryFinder")
PathEntryFinder.$factory=function(path_entry,hint){return{
ob_type:PathEntryFinder,path_entry:path_entry,hint:hint}}
var PathEntryFinder_funcs=PathEntryFinder.tp_funcs={}
PathEntryFinder_funcs.find_spec=function(self,fullname){
var test=false 
if(test){console.log('PathEntryFinder.find_spec',self,fullname)
console.log('self.path_entry',self.path_entry)
console.log(fullname.match(/[^.]+$/g)[0])}
var loader_data={},notfound=true,hint=self.hint,base_path=self.path_entry+fullname.match(/[^.]+$/g)[0],modpaths=[],py_ext=$B.get_option('python_extension')
if(test){console.log('basepath',base_path)}
var tryall=hint===undefined
if(tryall ||hint=='py'){
modpaths=modpaths.concat([[base_path+py_ext,"py",false],[base_path+"/__init__"+py_ext,"py",true],[base_path+'.js','js',false]])}
for(var j=0;notfound && j < modpaths.length;++j){try{
var file_info=modpaths[j],module={__name__:fullname,$is_package:false}
loader_data.code=$download_module(module,file_info[0],undefined)
notfound=false
loader_data.ext=file_info[1]
loader_data.is_package=file_info[2]
loader_data.timestamp=Date.parse(module.$last_modified)
if(hint===undefined){self.hint=file_info[1]
$B.path_importer_cache[self.path_entry]=self}
if(loader_data.is_package){
$B.path_importer_cache[base_path+'/']=
$B.$call(url_hook,base_path+'/',self.hint)}
loader_data.path=file_info[0]}catch(err){if(! $B.is_exc(err,_b_.ModuleNotFoundError)){throw err}}}
if(!notfound){return ModuleSpec.$factory({name :fullname,loader:PathLoader.$factory(),origin :loader_data.path,
submodule_search_locations:loader_data.is_package?
$B.$list([base_path]):_b_.None,loader_state:loader_data,
cached:_b_.None,parent:loader_data.is_package? fullname :
parent_package(fullname),has_location:_b_.True})}
return _b_.None}
PathEntryFinder.tp_methods=["find_spec"]
$B.set_func_names(PathEntryFinder,"builtins")
var PathLoader=$B.make_builtin_class("PathLoader")
PathLoader.$factory=function(){return{
ob_type:PathLoader}}
var PathLoader_funcs=PathLoader.tp_funcs={}
PathLoader_funcs.create_module=function(){
return _b_.None}
PathLoader_funcs.exec_module=function(self,module){
var spec=$B.module_getattr(module,'__spec__')
var metadata=$B.$getattr(spec,'loader_state')
module.$is_package=metadata.is_package
if(metadata.ext=="py"){run_py(metadata.code,metadata.path,module)}else{
run_js(metadata.code,metadata.path,module)}}
PathLoader.tp_methods=['create_module','exec_module']
var url_hook=$B.url_hook=function(path_entry){
path_entry=path_entry.endsWith("/")? path_entry :path_entry+"/"
return PathEntryFinder.$factory(path_entry)}
function get_info(info){var filename=$B.get_filename(),import_info=$B.import_info[filename]
if(import_info===undefined && info=='meta_path'){$B.make_import_paths(filename)}
return $B.import_info[filename][info]}
function import_engine(mod_name,_path,from_stdlib){
var test=false 
var meta_path=get_info('meta_path').slice(),_sys_modules=$B.imported,_loader,spec
if(test){console.log('from stdlib ?',from_stdlib)}
if(from_stdlib){
var path_ix=meta_path.indexOf($B.finders["path"])
if(path_ix >-1){meta_path.splice(path_ix,1)}}
for(var i=0,len=meta_path.length;i < len;i++){var _finder=meta_path[i],find_spec=$B.$getattr(_finder,"find_spec",_b_.None)
if(find_spec==_b_.None){
var find_module=$B.$getattr(_finder,"find_module",_b_.None)
if(find_module !==_b_.None){_loader=find_module(mod_name,_path)
if(_loader !==_b_.None){
var load_module=$B.$getattr(_loader,"load_module"),module=$B.$call(load_module,mod_name)
_sys_modules[mod_name]=module
return module}}}else{
if(test){console.log('call find_spec of finder',_finder)}
spec=$B.$call(find_spec,mod_name,_path)
if(test){console.log('spec',spec)}
if(!$B.is_none(spec)){module=$B.imported[spec.name]
if(module !==undefined){
return _sys_modules[spec.name]=module}
_loader=$B.$getattr(spec,"loader",_b_.None)
break}}}
if(test){console.log('loader',_loader)}
if(_loader===undefined){
var message=`No module named '${mod_name}'`
if($B.protocol=="file"){message+=" (warning: cannot import local files with protocol 'file')"}
var exc=$B.EXC(_b_.ModuleNotFoundError,message)
exc.name=mod_name
throw exc}
if($B.is_none(module)){if(spec===_b_.None){$B.RAISE(_b_.ModuleNotFoundError,`No module named '${mod_name}'`)}
var _spec_name=$B.$getattr(spec,"name")
if(!$B.is_none(_loader)){var create_module=$B.$getattr(_loader,"create_module",_b_.None)
if(!$B.is_none(create_module)){module=$B.$call(create_module,spec)}}
if(module===undefined){$B.RAISE(_b_.ImportError,mod_name)}
if($B.is_none(module)){module=$B.module.$factory(mod_name)}}
$B.module_setattr(module,'__name__',_spec_name)
$B.module_setattr(module,'__loader__',_loader)
$B.module_setattr(module,'__package__',$B.$getattr(spec,"parent",""))
$B.module_setattr(module,'__spec__',spec)
var locs=$B.$getattr(spec,"submodule_search_locations")
if(module.$is_package=!$B.is_none(locs)){$B.module_setattr(module,'__path__',locs)}
if($B.$getattr(spec,"has_location")){$B.module_setattr(module,'__file__',$B.$getattr(spec,"origin"))}
var cached=$B.$getattr(spec,"cached")
if(! $B.is_none(cached)){$B.module_setattr(module,'__cached__',cached)}
if($B.is_none(_loader)){if(!$B.is_none(locs)){_sys_modules[_spec_name]=module}else{
$B.RAISE(_b_.ImportError,mod_name)}}else{
var exec_module=$B.$getattr(_loader,"exec_module",_b_.None)
if($B.is_none(exec_module)){
module=$B.$getattr(_loader,"load_module")(_spec_name)}else{
_sys_modules[_spec_name]=module
$B.namespace[_spec_name]=Object.create(null)
if(module===undefined){console.log('no module !!!')}
try{
exec_module(module)}catch(e){delete _sys_modules[_spec_name]
throw e}}}
return _sys_modules[_spec_name]}
$B.path_importer_cache={}
function import_error(mod_name){var exc=$B.EXC(_b_.ImportError,mod_name)
exc.name=mod_name
throw exc}
$B.$__import__=function(mod_name,globals,locals,fromlist){if(typeof mod_name !=='string' && ! $B.is_str(mod_name)){$B.RAISE(_b_.TypeError,'module name must be a string')}
var $test=false 
if($test){console.log("__import__",mod_name,'fromlist',fromlist)}
var from_stdlib=false
if(globals !==_b_.None){var file=$B.str_dict_get(globals,'__file__',$B.NULL)
if(file !==$B.NULL){if((file.startsWith($B.brython_path+"Lib/")&&
! file.startsWith($B.brython_path+"Lib/site-packages/"))||
file.startsWith($B.brython_path+"libs/")||
file.startsWith("VFS.")){from_stdlib=true}}}
var modobj=$B.imported[mod_name],parsed_name=mod_name.split('.'),has_from=fromlist.length > 0
if(modobj==_b_.None){
import_error(mod_name)}
if(modobj===undefined){
if($B.is_none(fromlist)){fromlist=[]}
for(var i=0,modsep="",_mod_name="",len=parsed_name.length-1,__path__=_b_.None;i <=len;++i){var _parent_name=_mod_name
_mod_name+=modsep+parsed_name[i]
modsep="."
modobj=$B.imported[_mod_name]
if($test){console.log("iter",i,_mod_name,"\nmodobj",modobj,"\n__path__",__path__,Array.isArray(__path__))}
if(modobj==_b_.None){
import_error(_mod_name)}else if(modobj===undefined){if($test){console.log('try import_engine with',_mod_name,$B.imported[_mod_name])}
try{
import_engine(_mod_name,__path__,from_stdlib)}catch(err){delete $B.imported[_mod_name]
throw err}
if($B.is_none($B.imported[_mod_name])){import_error(_mod_name)}else{
if(_parent_name){_b_.setattr($B.imported[_parent_name],parsed_name[i],$B.imported[_mod_name])}}}else if($B.imported[_parent_name]&&
$B.imported[_parent_name][parsed_name[i]]===undefined){
_b_.setattr($B.imported[_parent_name],parsed_name[i],$B.imported[_mod_name])}
if(i < len){__path__=$B.module_getattr($B.imported[_mod_name],'__path__')
if(__path__===$B.NULL){if($test){console.log('no __path__',_mod_name,$B.imported[_mod_name])
console.log('modobj',modobj)}
if(i==len-1){var v=$B.$getattr($B.imported[_mod_name],parsed_name[len],$B.NULL)
if(v !==$B.NULL && $B.exact_type(v,$B.module)){return v}}
if(has_from){
import_error(mod_name)}else{
var exc=$B.EXC(_b_.ModuleNotFoundError)
exc.__traceback__=$B.make_tb()
exc.msg="No module named '"+mod_name+"'; '"+
_mod_name+"' is not a package"
exc.args=$B.fast_tuple([exc.msg])
exc.name=mod_name
exc.path=_b_.None
throw exc}}}}}else{
if($B.imported[parsed_name[0]]&&
parsed_name.length==2){try{
var v=$B.module_getattr($B.imported[parsed_name[0]],parsed_name[1])
if(v===$B.NULL){$B.module_setattr($B.imported[parsed_name[0]],parsed_name[1],modobj)}}catch(err){console.log("error",parsed_name,modobj)
throw err}}}
if($test){console.log(1280,mod_name,$B.imported[mod_name])}
if(fromlist.length > 0){
return $B.imported[mod_name]}else{
let package_name=mod_name
while(parsed_name.length > 1){var module=parsed_name.pop()
package_name=parsed_name.join('.')
if($B.imported[package_name]===undefined){
$B.import(package_name,[],{},locals)
$B.module_setattr($B.imported[package_name],module,$B.imported[mod_name])
mod_name=module}}
return $B.imported[package_name]}}
$B.import=function(mod_name,fromlist,aliases,locals,inum){
var test=mod_name=='_bootstrap' 
if(test){console.log('import',mod_name,fromlist,aliases)
console.log('loals',locals)}
if(mod_name=='_frozen_importlib_external'){
var ns,alias
if(aliases[mod_name]){[ns,alias]=aliases[mod_name]}else{
[ns,alias]=[locals,mod_name]}
$B.$import_from("importlib",["_bootstrap_external"],{_bootstrap_external:[ns,alias]},locals,0)
let _bootstrap=$B.module_getattr($B.imported.importlib,'_bootstrap')
let _bootstrap_external=$B.module_getattr($B.imported.importlib,'_bootstrap_external')
$B.module_getattr(_bootstrap_external,'_set_bootstrap_module')(_bootstrap)
$B.module_setattr(_bootstrap,'_bootstap_external',_bootstrap_external)
let _frozen_importlib=$B.imported._frozen_importlib
if(_frozen_importlib){$B.module_setattr(_frozen_importlib,'_bootstrap_external',_bootstrap_external)}
return}
var level=0,frame=$B.frame_obj.frame,current_module=frame[2],parts=current_module.split('.')
while(mod_name.length > 0 && mod_name.startsWith('.')){level++
mod_name=mod_name.substr(1)
if(parts.length==0){$B.RAISE(_b_.ImportError,"Parent module '' not loaded, "+
"cannot perform relative import")}
current_module=parts.join('.')
parts.pop()}
if(level > 0){mod_name=current_module+
(mod_name.length > 0 ? '.'+mod_name :'')}
parts=mod_name.split(".")
if(mod_name[mod_name.length-1]=="."){parts.pop()}
var norm_parts=[],prefix=true
for(var p of parts){if(prefix && p==""){
var elt=norm_parts.pop()
if(elt===undefined){$B.RAISE(_b_.ImportError,"Parent module '' not loaded, "+
"cannot perform relative import")}}else{
prefix=false
norm_parts.push(p)}}
mod_name=norm_parts.join(".")
fromlist=fromlist===undefined ?[]:fromlist
aliases=aliases===undefined ?{}:aliases
locals=locals===undefined ?{}:locals
if(test){console.log('step 2, mod_name',mod_name,'fromlist',fromlist)}
if($B.get_option('debug')==10){console.log("$import "+mod_name)
console.log("use VFS ? "+$B.use_VFS)
console.log("use static stdlib paths ? "+
$B.get_option('static_stdlib_import'))}
var current_frame=$B.frame_obj.frame,_globals=current_frame[3],__import__=_b_.__import__,globals=$B.obj_dict(_globals)
var importer=typeof __import__=="function" ?
__import__ :
$B.$getattr(__import__,"__call__")
if(test){console.log('use importer',importer,'mod_name',mod_name,'fromlist',fromlist)
console.log('in imported',$B.imported[mod_name])}
try{
var modobj=$B.$call(__import__,mod_name,globals,undefined,fromlist,0)}catch(err){if(test){console.log('set error',$B.get_class(err))}
$B.set_inum(inum)
throw err}
if(test){console.log('step 3, mod_name',mod_name,'fromlist',fromlist)
console.log('modobj',modobj)}
if(! fromlist ||fromlist.length==0){
if(test){console.log('nothing in fromlist')}
let alias=aliases[mod_name]
if(alias){var[ns,name]=alias
ns[name]=$B.imported[mod_name]}else{
locals[norm_parts[0]]=modobj
if(test){console.log('locals of',norm_parts[0],'set to',modobj)
console.log('locals[',norm_parts[0],'] is',locals[norm_parts[0]])}}}else{
var __all__=fromlist,thunk={}
if(fromlist && fromlist[0]=="*"){if(test){console.log('import *',modobj)}
try{
__all__=$B.$getattr(modobj,"__all__",thunk)}catch(err){console.log('getattr __all__ raised',err)
throw err}
if(__all__ !==thunk){
aliases={}}}
if(__all__===thunk){
for(var item of _b_.dict.$iter_items($B.get_dict(modobj))){var attr=item.key
if(attr[0]!=="_"){locals[attr]=item.value}}}else{
if(test){console.log('modobj',modobj)}
for(let name of __all__){var[ns,alias]=[locals,name]
if(aliases[name]){[ns,alias]=aliases[name]}
try{
ns[alias]=$B.$getattr(modobj,name)
if(ns[alias]&& ns[alias].$js_func){
ns[alias]=ns[alias].$js_func}}catch($err1){if(! $B.is_exc($err1,[_b_.AttributeError])){$B.set_inum(inum)
throw $err1}
try{
if(test){console.log('try to import',mod_name+'.'+name)}
var submodule_name=mod_name+'.'+name
$B.$call(__import__,mod_name+'.'+name,globals,undefined,[],0)
if(test){console.log('import',submodule_name,'ok')
console.log($B.imported[submodule_name])}
if(! Object.hasOwn($B.imported,submodule_name)){
$B.RAISE(_b_.ImportError,submodule_name)}
ns[alias]=$B.imported[submodule_name]}catch($err3){if(test){console.log('error 3',$err3)}
$B.set_inum(inum)
if(! $B.is_exc($err3,[_b_.ImportError])){throw $err3}
if(mod_name==="__future__"){
var exc=$B.EXC(_b_.SyntaxError,"future feature "+name+" is not defined")
throw exc}
var $frame=[mod_name,modobj,mod_name,modobj],suggestion=$B.offer_suggestions_for_name_error($err3,$frame)
if($err3.$py_error){$err3.ob_type=_b_.ImportError
$err3.args[0]=`cannot import name '${name}' `+
`from '${mod_name}'`
if(modobj.__file__){$err3.args[0]+=` (${modobj.__file__})`}
$err3.$suggestion=suggestion
throw $err3}
if($B.get_option('debug')> 3){console.log('no name',name,'in module',modobj)
console.log($err3)
console.log($B.frame_obj.frame)}
$B.RAISE(_b_.ImportError,"cannot import name '"+name+"'")}}}}
if(test){console.log('$B.import returns locals',locals)}
return locals}}
$B.$import_from=function(module,name,aliases,level,locals,inum){
var test=false 
if(test){console.log('import from',module,name)}
var current_module_name=$B.frame_obj.frame[2],parts=current_module_name.split('.'),relative=level > 0,current_module
if(relative){
current_module=$B.imported[parts.join('.')]
if(current_module===undefined){$B.set_inum(inum)
$B.RAISE(_b_.ImportError,'attempted relative import with no known parent package')}
if(! current_module.$is_package){if(parts.length==1){console.log('current module',current_module,'parts',parts)
$B.set_inum(inum)
$B.RAISE(_b_.ImportError,'attempted relative import with no known parent package')}else{
parts.pop()
current_module=$B.imported[parts.join('.')]}}
while(level > 0){current_module=$B.imported[parts.join('.')]
if(! current_module.$is_package){$B.set_inum(inum)
$B.RAISE(_b_.ImportError,'attempted relative import with no known parent package')}
level--
parts.pop()}
if(module){
var submodule=$B.module_getattr(current_module,'__name__')+
'.'+module
$B.import(submodule,[],{},{},inum)
current_module=$B.imported[submodule]}
if(name=='*'){
for(var item of $B.module_items(current_module)){if(item.key.startsWith('$')||item.key.startsWith('_')){continue}
locals[item.key]=item.value}}else{
var ns,alias
if(aliases[name]){[ns,alias]=aliases[name]}else{
[ns,alias]=[locals,name]}
var value=$B.module_getattr(current_module,name)
if(value !==$B.NULL){
ns[alias]=value}else{
var sub_module=$B.module_getattr(current_module,'__name__')+
'.'+name
$B.import(sub_module,[],{},{},inum)
ns[alias]=$B.imported[sub_module]}}}else{
$B.import(module,[name],aliases,locals,inum)}}
$B.lazy_import.tp_repr=function(self){return `<lazy_import '${self.name}'>`}
var lazy_import_funcs=$B.lazy_import.tp_funcs={}
lazy_import_funcs.resolve=function(self){}
$B.lazy_import.tp_methods=["resolve"]
$B.LAZY_IMPORTS=Symbol('LAZY_IMPORTS')
$B._lazy_import=function(mod_name,fromlist,aliases,locals,inum){let test=false 
if(test){console.log('lazy import',mod_name)}
let obj={ob_type:$B.lazy_import,frame:$B.frame_obj.frame,builtins:_b_,name:mod_name,fromlist}
locals[$B.LAZY_IMPORTS]=locals[$B.LAZY_IMPORTS]??{}
_b_.set.tp_funcs.add($B.lazy_modules,mod_name)
let alias=mod_name
if(Object.hasOwn(aliases,mod_name)){alias=aliases[mod_name][1]}
Object.defineProperty(locals,alias,{enumerable:true,configurable:true,get(){if(! Object.hasOwn(locals[$B.LAZY_IMPORTS],mod_name)){if(test){console.log(alias,'not in locals[lazy import], frame',$B.frame_obj)}
$B.import(mod_name,fromlist,aliases,locals,inum)}
let value=locals[$B.LAZY_IMPORTS][mod_name]
Object.defineProperty(locals,alias,{configurable:true,writable:true,value}
)
return value},set(value){locals[$B.LAZY_IMPORTS][mod_name]=value
if(_b_.set.sq_contains($B.lazy_modules,mod_name)){_b_.set.tp_funcs.remove($B.lazy_modules,mod_name)}}})
return obj}
$B.lazy_import_from=function(mod_name,fromlist,aliases,level,locals,inum){let test=true 
if(test){console.log('lazy import',mod_name,fromlist,'locals',locals)}
if(Object.hasOwn($B.imported,mod_name)){return $B.$import_from(mod_name,fromlist,aliases,level,locals,inum)}
locals[$B.LAZY_IMPORTS]=locals[$B.LAZY_IMPORTS]??{}
_b_.set.tp_funcs.add($B.lazy_modules,mod_name)
for(let name of fromlist){let obj={ob_type:$B.lazy_import,frame:$B.frame_obj.frame,builtins:_b_,module:mod_name,name}
let alias=name
if(Object.hasOwn(aliases,name)){alias=aliases[name][1]}
Object.defineProperty(locals,alias,{enumerable:true,configurable:true,get(){if(! Object.hasOwn(locals[$B.LAZY_IMPORTS],alias)){if(test){console.log(alias,'not in locals[lazy import], frame',$B.frame_obj)}
if(_b_.set.sq_contains($B.lazy_modules,mod_name)){$B.$import_from(mod_name,fromlist,aliases,level,locals,inum)
_b_.set.tp_funcs.remove($B.lazy_modules,mod_name)}
let value
let module=$B.imported[mod_name]
try{
value=$B.module_getattr(module,name)}catch(err){$B.set_inum(inum)
let module_name=$B.$getattr(module,'__name__','<unknown module name>')
$B.RAISE(_b_.ImportError,`cannot import name '${name}' from `+
`'${module_name}' (unknown location)'`
)}
locals[$B.LAZY_IMPORTS][alias]=value}
return locals[$B.LAZY_IMPORTS][alias]},set(value){locals[$B.LAZY_IMPORTS][alias]=value}})}}
$B.$meta_path=[VFSFinder,StdlibStaticFinder,PathFinder]
$B.finders={VFS:VFSFinder,stdlib_static:StdlibStaticFinder,path:PathFinder}
function optimize_import_for_path(path,filetype){if(path.slice(-1)!="/"){path=path+"/" }
var value=(filetype=='none')? _b_.None :
url_hook(path,filetype)
$B.path_importer_cache[path]=value}
var Loader={ob_type:_b_.type,__mro__:[_b_.object],__name__ :"Loader"}
var _importlib_module=Module.$factory('_importlib',_b_.None)
$B.assign_dict(_importlib_module,{__name__ :"_importlib",Loader:Loader,VFSFinder:VFSFinder,StdlibStatic:StdlibStaticFinder,ImporterPath:PathFinder,UrlPathFinder:url_hook,optimize_import_for_path :optimize_import_for_path}
)
$B.imported["_importlib"]=_importlib_module})(__BRYTHON__);
;
"use strict";
(function($B){var _b_=$B.builtins
$B.imported[$B.OB_TYPE]=_b_.dict
$B.lazy_modules=_b_.set.$factory()
var update=$B.update_obj=function(mod,data){for(let attr in data){mod[attr]=data[attr]}}
var modules={}
var win=$B.jsobj2pyobj(globalThis)
var browser={$package:true,$is_package:true,__initialized__:true,__package__:'browser',__file__:$B.brython_path.replace(new RegExp("/*$","g"),'')+
'/Lib/browser/__init__.py',__BRYTHON__,bind:function(){
var $=$B.args("bind",3,{elt:null,evt:null,options:null},arguments,{options:_b_.None})
var options=$.options
if(typeof options=="boolean"){}else if($B.get_class(options)===_b_.dict){var _options={}
for(var entry of _b_.dict.$iter_items(options)){_options[entry.key]=entry.value}
options=_options}else{
options==false}
return function(callback){if($B.get_class($.elt)===$B.JSObj){
function f(ev){try{
return callback($B.jsobj2pyobj(ev))}catch(err){$B.handle_error(err)}}
$.elt.addEventListener($.evt,f,options)
return callback}else if($B.$isinstance($.elt,$B.DOMNode)){
$B.$call($B.$getattr($B.DOMNode,'bind'),$.elt,$.evt,callback,options)
return callback}else if($B.is_str($.elt)){
var items=document.querySelectorAll($.elt)
var binder=$B.type_getattribute($B.DOMNode,'bind')
for(var i=0;i < items.length;i++){$B.$call(binder,$B.DOMNode.$factory(items[i]),$.evt,callback,options)}
return callback}
var binder=$B.type_getattribute($B.DOMNode,'bind')
try{
var it=$B.$iter($.elt)
while(true){try{
var elt=_b_.next(it)
$B.$call(binder,elt,$.evt,callback)}catch(err){if($B.$isinstance(err,_b_.StopIteration)){break}
throw err}}}catch(err){if($B.$isinstance(err,_b_.AttributeError)){$B.$call(binder,$.elt,$.evt,callback)}
throw err}
return callback}},console:self.console && $B.jsobj2pyobj(self.console),run_script:function(){var $=$B.args("run_script",2,{src:null,name:null},arguments,{name:"script_"+$B.UUID()})
$B.runPythonSource($.src,$.name)},scope:globalThis,self:win,win:win,window:win}
browser.__path__=browser.__file__
if($B.isNode){delete browser.window
delete browser.win}else if($B.isWebWorker){browser.is_webworker=true
delete browser.window
delete browser.win
browser.self.send=function(){var $=$B.args('send',1,{message:null},arguments,null,'args',null)
var message=$B.pyobj2structuredclone($.message),args=$.args.map($B.pyobj2jsobj)
self.postMessage(message,...args)}
browser.document={__get__:function(self){$B.RAISE(_b_.ValueError,"'document' is not available in Web Workers")},__set__:function(self,value){browser.document=value}}}else{
browser.is_webworker=false
update(browser,{"alert":function(message){window.alert($B.builtins.str.$factory(message ||""))},confirm:$B.jsobj2pyobj(window.confirm),"document":$B.DOMNode.$factory(document),doc:$B.DOMNode.$factory(document),
DOMEvent:$B.DOMEvent,DOMNode:$B.DOMNode,load:function(script_url){
var file_obj=$B.builtins.open(script_url)
var content=$B.$getattr(file_obj,'read')()
eval(content)},load1:function(script_url,callback){
var script=document.createElement('SCRIPT')
script.src=script_url
if(callback){script.addEventListener('load',function(){callback()})}
document.body.appendChild(script)},mouseCoords:function(ev){return $B.jsobj2pyobj($B.$mouseCoords(ev))},prompt:function(message,default_value){return $B.jsobj2pyobj(window.prompt(message,default_value||''))},reload:function(){
var scripts=document.getElementsByTagName('script'),js_scripts=[]
for(let script of scripts){if(script.type===undefined ||
script.type=='text/javascript'){js_scripts.push(script)
if(script.src){console.log(script.src)}}}
for(var mod in $B.imported){if($B.imported[mod].$last_modified){console.log('check',mod,$B.imported[mod].__file__,$B.imported[mod].$last_modified)}else{
console.log('no date for mod',mod)}}},URLParameter:function(name){name=name.replace(/[[]/,"\\[").replace(/[\]]/,"\\]")
var regex=new RegExp("[\\?&]"+name+"=([^&#]*)"),results=regex.exec(location.search)
results=results===null ? "" :
decodeURIComponent(results[1].replace(/\+/g," "))
return $B.builtins.str.$factory(results)}})
modules['browser.html']=(function($B){var _b_=$B.builtins
var TagSum=$B.TagSum
function makeTagClass(tagName){
var cls=$B.make_builtin_class(tagName,[$B.DOMNode])
var cls_funcs=cls.tp_funcs={}
cls.tp_init=function(){var $=$B.args('__init__',1,{self:null},arguments,null,'args','kw')
var self=$.self,args=$.args
if(args.length==1){var first=args[0]
if($B.$isinstance(first,[_b_.str,_b_.int,_b_.float])){
self.innerHTML=_b_.str.$factory(first)}else if($B.get_class(first)===TagSum){for(var i=0,len=first.children.length;i < len;i++){self.appendChild(first.children[i])}}else{
if($B.$isinstance(first,$B.DOMNode)){self.appendChild(first)}else{
try{
var items=_b_.list.$factory(first)
for(var item of items){$B.DOMNode.tp_funcs.attach(self,item)}}catch(err){if($B.get_option('debug',err)> 1){console.log(err,$B.get_class(err),err.args)
console.log("first",first)
console.log(arguments)}
throw err}}}}
for(var item of _b_.dict.$iter_items($.kw)){
var arg=item.key,value=item.value
if(arg.toLowerCase().substr(0,2)=="on"){
$B.DOMNode.tp_setattro(self,arg,value)}else if(arg.toLowerCase()=="style"){$B.DOMNode.tp_setattro(self,"style",value)}else{
if(value !==false){
try{
arg=$B.module_getattr($B.imported["browser.html"],'attribute_mapper')(arg)
self.setAttribute(arg,$B.pyobj2jsobj(value))}catch(err){$B.RAISE(_b_.ValueError,"can't set attribute "+arg)}}}}}
cls.tp_new=function(cls){
var res=document.createElement(tagName)
if(cls !==html[tagName]){
res.ob_type=cls}
return res}
cls_funcs.__rmul__=function(self,num){return $B.DOMNode.nb_multiply(self,num)}
$B.set_func_names(cls,"browser.html")
return cls}
function makeFactory(klass){
return(function(k){return function(){var res
if(k.tp_name=='SVG'){res=$B.DOMNode.$factory(
document.createElementNS("http://www.w3.org/2000/svg","svg"),true)}else{
try{
res=document.createElement(k.tp_name)}catch(err){console.log('error '+err)
console.log('creating element',k.tp_name)
throw err}}
var init=k.tp_init
if(init !==null){init(res,...arguments)}
if(k.tp_name=='IFRAME'){
return new Proxy(res,{get(target,prop){console.log('get IFRAME attr',prop)
try{
switch(prop){case 'ob_type':
return k
case '$target':
return target
case 'contentWindow':
return target[prop]
default:
return target[prop]}}catch(err){console.warn('objet does not support attr resolution')}},set(target,prop,value){target[prop]=value}}
)}
return res}})(klass)}
var tags=['A','ABBR','ACRONYM','ADDRESS','APPLET','AREA','B','BASE','BASEFONT','BDO','BIG','BLOCKQUOTE','BODY','BR','BUTTON','CAPTION','CENTER','CITE','CODE','COL','COLGROUP','DD','DEL','DFN','DIR','DIV','DL','DT','EM','FIELDSET','FONT','FORM','FRAME','FRAMESET','H1','H2','H3','H4','H5','H6','HEAD','HR','HTML','I','IFRAME','IMG','INPUT','INS','ISINDEX','KBD','LABEL','LEGEND','LI','LINK','MAP','MENU','META','NOFRAMES','NOSCRIPT','OBJECT','OL','OPTGROUP','OPTION','P','PARAM','PRE','Q','S','SAMP','SCRIPT','SELECT','SMALL','SPAN','STRIKE','STRONG','STYLE','SUB','SUP','SVG','TABLE','TBODY','TD','TEXTAREA','TFOOT','TH','THEAD','TITLE','TR','TT','U','UL','VAR',
'ARTICLE','ASIDE','AUDIO','BDI','CANVAS','COMMAND','DATA','DATALIST','EMBED','FIGCAPTION','FIGURE','FOOTER','HEADER','KEYGEN','MAIN','MARK','MATH','METER','NAV','OUTPUT','PROGRESS','RB','RP','RT','RTC','RUBY','SECTION','SOURCE','TEMPLATE','TIME','TRACK','VIDEO','WBR',
'DETAILS','DIALOG','MENUITEM','PICTURE','SUMMARY']
var html={}
html.tags=$B.empty_dict()
function maketag(tagName,ComponentClass){
if(!(typeof tagName=='string')){$B.RAISE(_b_.TypeError,"html.maketag expects a string as argument")}
var html_module=$B.imported['browser.html']
if($B.module_getattr(html_module,tagName,$B.NULL)!==$B.NULL){$B.RAISE(_b_.ValueError,"cannot reset class for "
+tagName)}
var klass=makeTagClass(tagName)
klass.$factory=makeFactory(klass,ComponentClass)
$B.module_setattr(html_module,tagName,klass)
var tags=$B.module_getattr(html_module,'tags')
_b_.dict.$setitem(tags,tagName,klass)
return klass}
for(var tagName of tags){var klass=makeTagClass(tagName)
klass.$factory=makeFactory(klass)
html[tagName]=klass
$B.str_dict_set(html.tags,tagName,klass)}
html.maketag=maketag
html.attribute_mapper=function(attr){return attr.replace(/_/g,'-')}
return html})(__BRYTHON__)}
modules['browser']=browser
$B.UndefinedType=$B.make_builtin_class("UndefinedType")
$B.UndefinedType.$factory=function(){return undefined}
$B.UndefinedType.nb_bool=function(){return false}
$B.UndefinedType.tp_repr=function(){return "<Javascript undefined>"}
$B.UndefinedType.tp_str=$B.UndefinedType.tp_repr
$B.set_func_names($B.UndefinedType,"javascript")
var NullType=$B.NullType=$B.make_builtin_class('NullType')
NullType.tp_richcompare=function(self,other,op){switch(op){case '__eq__':
return other===null ||other===undefined
case '__ne__':
return other !==null && other !==undefined
default:
return _b_.NotImplemented}}
NullType.tp_repr=function(_self){
return '<Javascript null>'}
$B.set_func_names(NullType,'javascript')
var super_class=$B.make_builtin_class("JavascriptSuper")
super_class.$factory=function(){
var res=_b_.super.$factory()
var js_constr=res.__thisclass__.tp_bases[0]
return function(){var obj=new js_constr.$js_func(...arguments)
for(var attr in obj){$B.get_dict(res.__self_class__)[attr]=$B.jsobj2pyobj(obj[attr])}
return obj}}
super_class.tp_getattro=function(self,attr){if(attr=="__init__" ||attr=="__call__"){return self.__init__}
return $B.$getattr(self.__self_class__,attr,$B.NULL)}
$B.set_func_names(super_class,"javascript")
modules['javascript']={"this":function(){
if($B.js_this===undefined){return $B.builtins.None}
return $B.jsobj2pyobj($B.js_this)},Array:$B.js_array,Date:globalThis.Date,
extends:function(js_constr){if((!js_constr.$js_func)||
! js_constr.$js_func.toString().startsWith('class ')){console.log(js_constr)
$B.RAISE(_b_.TypeError,'argument of extend must be a Javascript class')}
js_constr.ob_type=_b_.type
return function(obj){obj.tp_bases.splice(0,0,js_constr)
obj.__mro__.splice(0,0,js_constr)
return obj}},import_js:function(){
var $=$B.args('import_js',2,{url:null,alias:null},arguments,{alias:_b_.None})
var url=$.url,alias=$.alias
var xhr=new XMLHttpRequest(),result
xhr.open('GET',url,false)
xhr.onreadystatechange=function(){if(this.readyState==4){if(this.status==200){var js=this.responseText+'\nreturn $module',f=new Function(js)
var $module=f()
if(typeof $module !=='undefined'){result=$B.module.$factory(alias)
for(var key in $module){$B.module_setattr(result,key,$B.jsobj2pyobj($module[key]))}
$B.module_setattr(result,'__file__',url)}else{
console.log(this.responseText)
result=$B.EXC(_b_.ImportError,'Javascript '+
`module at ${url} doesn't define $module`)}}else{
result=$B.EXC(_b_.ModuleNotFoundError,url)}}}
xhr.send()
if($B.$isinstance(result,_b_.BaseException)){$B.handle_error(result)}else{
if(alias===_b_.None){
var name=url.split('.')
if(name.length > 1){name.pop()}
alias=name.join('.')
result.__name__=alias}
$B.imported[alias]=result
var frame=$B.frame_obj.frame
frame[1][alias]=result}},import_modules:function(refs,callback,loaded){
if(loaded===undefined){loaded=[]}
if(! Array.isArray(refs)){$B.RAISE(_b_.TypeError,`first argument must be a list, got ${$B.class_name(refs)}`)}
if(refs.length > 1){var ref=refs.shift()
import(ref).then(function(module){loaded.push(module)
var im=$B.module_getattr($B.imported.javascript,'import_modules')
im(refs,callback,loaded)}).catch($B.show_error)}else{
import(refs[0]).then(function(module){loaded.push(module)
return $B.$call(callback,...loaded)}).catch($B.show_error)}},import_scripts:function(refs,callback,loaded){
console.log('import scripts',refs)
if(loaded===undefined){loaded=[]}
if(! Array.isArray(refs)){$B.RAISE(_b_.TypeError,`first argument must be a list, got ${$B.class_name(refs)}`)}
if(refs.length > 0){var ref=refs.shift()
var script=document.createElement('script')
script.src=ref
script.addEventListener('load',function(){loaded.push(script)
var is=$B.module_getattr($B.imported.javascript,'import_scripts')
is(refs,callback,loaded)}
)
document.body.appendChild(script)}else{
return $B.$call(callback,...loaded)}},JSObject:$B.JSObj,JSON:{ob_type:$B.make_builtin_class("JSON")},jsobj2pyobj:function(obj){return $B.jsobj2pyobj(obj)},load:function(script_url){console.log('"javascript.load" is deprecrated. '+
'Use browser.load instead.')
var file_obj=$B.builtins.open(script_url)
var content=$B.$getattr(file_obj,'read')()
eval(content)},Math:self.Math && $B.jsobj2pyobj(self.Math),NULL:null,NullType,Number:self.Number && $B.jsobj2pyobj(self.Number),py2js:function(src,module_name){if(module_name===undefined){module_name='__main__'+$B.UUID()}
var js=$B.py2js({src,filename:'<string>'},module_name,module_name,$B.builtins_scope).to_js()
return $B.format_indent(js,0)},pyobj2jsobj:function(obj){return $B.pyobj2jsobj(obj)},RegExp:self.RegExp && $B.jsobj2pyobj(self.RegExp),String:self.String && $B.jsobj2pyobj(self.String),"super":super_class,UNDEFINED:undefined,UndefinedType:$B.UndefinedType}
var write_big=function(value){return typeof value=='bigint' && typeof JSON.rawJSON=='function' ?
JSON.rawJSON(value.toString()):value}
var read_big=function(value,context){if(typeof value=='number' && ! Number.isSafeInteger(value)&&
context && typeof context.source=='string' &&
/^-?\d+$/.test(context.source)){return BigInt(context.source)}
return value}
$B.assign_dict(modules.javascript.JSON,{parse:function(text,reviver){return $B.structuredclone2pyobj(
JSON.parse(text,function(key,value,context){value=read_big(value,context)
return typeof reviver=='function' ?
reviver.call(this,key,value):value}))},stringify:function(obj,replacer,space){replacer=$B.jsobj2pyobj(replacer)
if(Array.isArray(replacer)){return JSON.stringify($B.pyobj2structuredclone(obj,false),replacer,space)}
return JSON.stringify($B.pyobj2structuredclone(obj,false),function(key,value){if(typeof replacer=='function'){value=replacer.call(this,key,value)}
return write_big(value)},space)}}
)
modules.javascript.UndefinedType.__module__='javascript'
var $io=$B.$io=$B.make_builtin_class("io")
$io.$factory=function(out){var res={ob_type:$io,out,encoding:'utf-8'}
$B.init_dict(res)
return res}
var $io_funcs=$io.tp_funcs={}
$io_funcs.encoding_get=function(self){return 'utf-8'}
$io_funcs.encoding_set=_b_.None
$io_funcs.flush=function(self){if(self.buf){
var s=self.buf.join(''),chr0=String.fromCodePoint(0)
s=s.replace(new RegExp(chr0,'g'),' ')
console[self.out](s)
if(s.includes('__spec__')){console.log(Error('trace').stack)}
self.buf=[]}}
$io_funcs.write=function(self,msg){
if(self.buf===undefined){self.buf=[]}
if(typeof msg !="string"){$B.RAISE(_b_.TypeError,"write() argument must be str, not "+
$B.class_name(msg))}
self.buf.push(msg)
return _b_.None}
$io.tp_methods=["flush","write"]
$io.tp_getset=["encoding"]
modules['_sys']={_getframe :function(){var $=$B.args("_getframe",1,{depth:null},arguments,{depth:0})
var depth=$.depth,frame_obj=$B.frame_obj
for(var i=0;i < depth;i++){frame_obj=frame_obj.prev}
var res=frame_obj.frame
res.$pos=$B.count_frames()-depth-1
return res},breakpointhook:function(){var hookname=$B.$options.breakpoint,modname,dot,funcname,hook
if(hookname===undefined){hookname="pdb.set_trace"}
[modname,dot,funcname]=_b_.str.rpartition(hookname,'.')
if(dot==""){modname="builtins"}
try{
$B.import(modname)
hook=$B.$getattr($B.imported[modname],funcname)}catch(err){console.warn("cannot import breakpoint",hookname)
return _b_.None}
return $B.$call(hook,...arguments)},exc_info:function(){var frame_obj=$B.frame_obj,frame,exc
while(frame_obj !==null){frame=frame_obj.frame
exc=frame.$current_exception
if(exc){return _b_.tuple.$factory([$B.get_class(exc),exc,$B.$getattr(exc,"__traceback__")])}
frame_obj=frame_obj.prev}
return _b_.tuple.$factory([_b_.None,_b_.None,_b_.None])},excepthook:function(exc_class,exc_value){$B.show_error(exc_value)},exception:function(){var frame_obj=$B.frame_obj,frame,exc
while(frame_obj !==null){frame=frame_obj.frame
exc=frame.$current_exception
if(exc !==undefined){return exc}
frame_obj=frame_obj.prev}
return _b_.None},executable:$B.strip_host($B.brython_path+'brython.js'),float_repr_style:'short',getdefaultencoding:function(){return 'utf-8'},getsizeof:function(obj,dflt){
try{
var res=$B.$call($B.$getattr(obj,'__sizeof__'))
if(typeof res=='number' ||typeof res=='bigint'){return res}}catch(err){}
if(dflt !==undefined){return dflt}
$B.RAISE(_b_.TypeError,"Type "+$B.class_name(obj)+" doesn't define __sizeof__")},getrecursionlimit:function(){return $B.recursion_limit},getrefcount:function(){return 0},gettrace:function(){return $B.tracefunc ||_b_.None},getunicodeinternedsize:function(){
return 0},last_exc:{__get__:function(){return $B.module_getattr($B.imported._sys,'exception')()},__set__:function(value){$B.frame_obj.frame.$current_exception=value}},lazy_modules:$B.lazy_modules,modules:$B.obj_dict($B.imported),path:{__get__:function(){var filename=$B.get_filename_for_import()
return $B.$list($B.import_info[filename].path)},__set__:function(value){var filename=$B.get_filename_for_import()
$B.import_info[filename].path=value}},meta_path:{__get__:function(){var filename=$B.get_filename()
return $B.$list($B.import_info[filename].meta_path)},__set__:function(self,value){var filename=$B.get_filename()
$B.import_info[filename].meta_path=value}},path_hooks:{__get__:function(){var filename=$B.get_filename()
return $B.$list($B.import_info[filename].path_hooks)},__set__:function(self,value){var filename=$B.get_filename()
$B.import_info[filename].path_hooks=value}},path_importer_cache:{__get__:function(){return _b_.dict.$factory($B.jsobj2pyobj($B.path_importer_cache))},__set__:function(){$B.RAISE(_b_.TypeError,"Read only property"+
" 'sys.path_importer_cache'")}},setrecursionlimit:function(value){$B.recursion_limit=value},settrace:function(){var $=$B.args("settrace",1,{tracefunc:null},arguments)
$B.tracefunc=$.tracefunc
$B.frame_obj.frame.$f_trace=$B.tracefunc
$B.tracefunc.$current_frame_id=$B.frame_obj.frame[0]
return _b_.None},stderr:console.error !==undefined ? $io.$factory("error"):
$io.$factory("log"),stdout:$io.$factory("log"),stdin:{__get__:function(){return $B.stdin},__set__:function(value){$B.stdin=value}},vfs:{__get__:function(){if($B.hasOwnProperty("VFS")){return $B.obj_dict($B.VFS)}else{
return _b_.None}},__set__:function(){$B.RAISE(_b_.TypeError,"Read only property 'sys.vfs'")}}}
var WarningMessage=$B.make_builtin_class("WarningMessage")
WarningMessage.$factory=function(){var $=$B.make_args("WarningMessage",8,{message:null,category:null,filename:null,lineno:null,file:null,line:null,source:null},['message','category','filename','lineno','file','line','source'],arguments,{filename:_b_.None,file:_b_.None,line:_b_.None,source:_b_.None},null,null)
var res={ob_type:WarningMessage}
$B.assign_dict(res,{message:$.message,category:$.category,filename:$.filename,lineno:$.lineno,file:$.file,line:$.line,source:$.source,_category_name:_b_.bool.$factory($.category)?
$B.$getattr($.category,"__name__"):_b_.None}
)}
modules._warnings={_acquire_lock:function(){},_defaultaction:"default",_filters_mutated:function(){},_filters_mutated_lock_held:function(){},_onceregistry:$B.empty_dict(),_release_lock:function(){},_warnings_context:{},filters:$B.$list([$B.fast_tuple(['default',_b_.None,_b_.DeprecationWarning,'__main__',0]),$B.fast_tuple(['ignore',_b_.None,_b_.DeprecationWarning,_b_.None,0]),$B.fast_tuple(['ignore',_b_.None,_b_.PendingDeprecationWarning,_b_.None,0]),$B.fast_tuple(['ignore',_b_.None,_b_.ImportWarning,_b_.None,0]),$B.fast_tuple(['ignore',_b_.None,_b_.ResourceWarning,_b_.None,0])
]),warn:function(){
var $=$B.args('warn',4,{message:null,category:null,stacklevel:null,source:null},arguments,{category:_b_.UserWarning,stacklevel:1,source:_b_.None})
var message=$.message,category=$.category,stacklevel=$.stacklevel
if($B.$isinstance(message,_b_.str)){message=$B.$call(category,message)}else if($B.$isinstance(message,_b_.Warning)){category=$B.get_class(message)}
var filters
if($B.imported.warnings){filters=$B.module_getattr($B.imported.warnings,'filters')}else{
filters=$B.module_getattr(modules._warnings,'filters')}
if(filters[0][0]=='error'){var syntax_error=$B.EXC(_b_.SyntaxError,message.args[0])
syntax_error.args[1]=[message.filename,message.lineno,message.offset,message.line]
syntax_error.filename=message.filename
syntax_error.lineno=message.lineno
syntax_error.offset=message.offset
syntax_error.line=message.line
throw syntax_error}
var warning_message,filename,file,lineno,line
if(category===_b_.SyntaxWarning){filename=$B.get_from_dict(message,'filename'),lineno=$B.get_from_dict(message,'lineno'),line=$B.get_from_dict(message,'text','')
var src=$B.file_cache[file]
if(src){var lines=src.split('\n'),line=lines[lineno-1]}
warning_message={ob_type:WarningMessage}
$B.assign_dict(warning_message,{message:message,category,filename,lineno,file:_b_.None,line,source:_b_.None,_category_name:category.__name__}
)}else{
let frame_rank=Math.max(0,$B.count_frames()-stacklevel)
var frame=$B.get_frame_at(frame_rank)
file=frame.__file__
let f_code=$B.$getattr(frame,'f_code'),src=$B.file_cache[file]
var co_filename=$B.$getattr(f_code,'co_filename')
lineno=message.lineno ||frame.$lineno
line=src ? src.split('\n')[lineno-1]:null
warning_message={ob_type:WarningMessage}
$B.assign_dict(warning_message,{message:message,category,filename:message.filename ||co_filename,lineno,file:_b_.None,line:line ||_b_.None,source:_b_.None,_category_name:category.__name__}
)}
if($B.imported.warnings){var showwarn=$B.module_getattr($B.imported.warnings,'_showwarnmsg_impl')
$B.$call(showwarn,warning_message)}else{
var trace=''
if(file && lineno){trace+=`${file}:${lineno}: `}
trace+=$B.class_name(message)+': '+message.args[0]
if(line){trace+='\n    '+line.trim()}
var stderr=$B.get_stderr()
$B.$call($B.$getattr(stderr,'write'),trace+'\n')
var flush=$B.$getattr(stderr,'flush',_b_.None)
if(flush !==_b_.None){$B.$call(flush)}}
return _b_.None},warn_explicit:function(){
console.log("warn_explicit",arguments)}}
var MAX_CANDIDATE_ITEMS=750,MOVE_COST=2,CASE_COST=1,SIZE_MAX=65535
function LEAST_FIVE_BITS(n){return((n)& 31)}
function levenshtein_distance(a,b,max_cost){
if(a==b){return 0}
if(a.length < b.length){[a,b]=[b,a]}
while(a.length && a[0]==b[0]){a=a.substr(1)
b=b.substr(1)}
while(a.length && a[a.length-1]==b[b.length-1]){a=a.substr(0,a.length-1)
b=b.substr(0,b.length-1)}
if(b.length==0){return a.length*MOVE_COST}
if((b.length-a.length)*MOVE_COST > max_cost){return max_cost+1}
var buffer=[]
for(var i=0;i < a.length;i++){
buffer[i]=(i+1)*MOVE_COST}
var result=0
for(var b_index=0;b_index < b.length;b_index++){var code=b[b_index]
var distance=result=b_index*MOVE_COST
var minimum=SIZE_MAX
for(var index=0;index < a.length;index++){
var substitute=distance+substitution_cost(code,a[index])
distance=buffer[index]
var insert_delete=Math.min(result,distance)+MOVE_COST
result=Math.min(insert_delete,substitute)
buffer[index]=result
if(result < minimum){minimum=result}}
if(minimum > max_cost){
return max_cost+1}}
return result}
function substitution_cost(a,b){if(LEAST_FIVE_BITS(a)!=LEAST_FIVE_BITS(b)){
return MOVE_COST}
if(a==b){return 0}
if(a.toLowerCase()==b.toLowerCase()){return CASE_COST}
return MOVE_COST}
modules['_suggestions']={_generate_suggestions:function(dir,name){if(dir.length >=MAX_CANDIDATE_ITEMS){return null}
var suggestion_distance=2**52,suggestion=null
for(var item of dir){
var max_distance=(name.length+item.length+3)*MOVE_COST/6
max_distance=Math.min(max_distance,suggestion_distance-1)
var current_distance=
levenshtein_distance(name,item,max_distance)
if(current_distance > max_distance){continue}
if(!suggestion ||current_distance < suggestion_distance){suggestion=item
suggestion_distance=current_distance}}
if(suggestion==name){
return null}
return suggestion}}
var responseType={"text":"text","binary":"arraybuffer","dataURL":"arraybuffer"}
function handle_kwargs(kw,method){var result={cache:false,format:'text',mode:'text',headers:{}}
for(let item of _b_.dict.$iter_items(kw)){let key=item.key,value=item.value
if(key=="data"){var params=value
if(typeof params=="string" ||params instanceof FormData){result.body=params}else if($B.is_bytes(params)){result.body=new ArrayBuffer(params.source.length)
var array=new Int8Array(data)
for(let i=0,len=params.source.length;i < len;i++){array[i]=params.source[i]}}else{
if($B.get_class(params)!==_b_.dict){$B.RAISE(_b_.TypeError,"wrong type for data, "+
"expected dict, bytes or str, got "+
$B.class_name(params))}
var items=[]
for(let subitem of _b_.dict.$iter_items(params)){items.push(encodeURIComponent(subitem.key)+"="+
encodeURIComponent($B.pyobj2jsobj(subitem.value)))}
result.body=items.join("&")}}else if(key=="headers"){if(! $B.is_dict(value)){$B.RAISE(_b_.ValueError,"headers must be a dict, not "+$B.class_name(value))}
for(let subitem of _b_.dict.$iter_items(value)){result.headers[subitem.key.toLowerCase()]=subitem.value}}else if(["cache","format","mode"].includes(key)){result[key]=value}}
if(method=="post"){
if(! result.headers.hasOwnProperty("content-type")){result.headers["Content-Type"]="application/x-www-form-urlencoded"}}
return result}
var HTTPRequest=$B.make_builtin_class("HTTPRequest")
HTTPRequest.tp_getattro=function(self,attr){if(self[attr]!==undefined){return $B.jsobj2pyobj(self[attr])}
return _b_.object.tp_getattro(self,attr)}
var HTTPRequest_funcs=HTTPRequest.tp_funcs={}
HTTPRequest_funcs.data_get=function(self){if(self.format=="binary"){var view=new Uint8Array(self.response)
return _b_.bytes.$factory(Array.from(view))}else if(self.format=="text"){return self.responseText}else if(self.format=="dataURL"){var base64String=btoa(String.fromCharCode.apply(null,new Uint8Array(self.response)))
return "data:"+self.getResponseHeader("Content-Type")+
";base64,"+base64String}}
HTTPRequest_funcs.data_set=_b_.None
HTTPRequest_funcs.response_headers_get=function(self){var headers=self.getAllResponseHeaders()
if(headers===null){return _b_.None}
var res=$B.empty_dict()
if(headers.length > 0){
var lines=headers.trim().split(/[\r\n]+/)
for(let line of lines){var parts=line.split(': ')
var header=parts.shift()
var value=parts.join(': ')
_b_.dict.$setitem(res,header,value)}}
return res}
HTTPRequest_funcs.response_headers_set=_b_.None
HTTPRequest.tp_getset=["data","response_header"
]
var Future=$B.make_builtin_class("Future")
Future.$factory=function(){var methods={}
var promise=new Promise(function(resolve,reject){methods.resolve=resolve
methods.reject=reject})
promise._methods=methods
promise._done=false
promise.ob_type=Future
return promise}
var Future_funcs=Future.tp_funcs={}
Future_funcs.done=function(){var $=$B.args('done',1,{self:null},arguments)
return !! $.self._done}
Future_funcs.set_result=function(){var $=$B.args('set_result',2,{self:null,value:null},arguments)
$.self._done=true
$.self._methods.resolve($.value)
return _b_.None}
Future_funcs.set_exception=function(){var $=$B.args('set_exception',2,{self:null,exception:null},arguments)
$.self._done=true
$.self._methods.reject($.exception)
return _b_.None}
Future.tp_methods=["done","set_result","set_exception"]
$B.set_func_names(Future,'browser.aio')
modules['browser.aio']={ajax:function(){var $=$B.args("ajax",2,{method:null,url:null},arguments,null,null,"kw")
var method=$.method.toUpperCase(),url=$.url,kw=$.kw
var args=handle_kwargs(kw,"get")
if(method=="GET" && ! args.cache){url=url+"?ts"+(new Date()).getTime()+"=0"}
if(args.body && method=="GET"){url=url+(args.cache ? "?" :"&")+args.body}
var func=function(){return new Promise(function(resolve){var xhr=new XMLHttpRequest()
xhr.open(method,url,true)
for(var key in args.headers){xhr.setRequestHeader(key,args.headers[key])}
xhr.format=args.format
xhr.responseType=responseType[args.format]
xhr.onreadystatechange=function(){if(this.readyState==4){this.ob_type=HTTPRequest
resolve(this)}}
if(args.body &&
['POST','PUT','DELETE','PATCH'].indexOf(method)>-1){xhr.send(args.body)}else{
xhr.send()}})}
func.$infos={__name__:"ajax_"+method}
func.$function_infos=[]
func.$function_infos[$B.func_attrs.name]=`ajax_${method}`
return{
ob_type:$B.coroutine,$args:[url,args],$func:func}},event:function(){
var $=$B.args("event",1,{element:null},arguments,null,'names')
var element=$.element,names=$.names
return new Promise(function(resolve){var callbacks=[]
for(let name of names){var callback=function(evt){
for(let items of callbacks){$B.DOMNode.tp_funcs.unbind(element,items[0],items[1])}
resolve($B.$DOMEvent(evt))}
callbacks.push([name,callback])
$B.DOMNode.tp_funcs.bind(element,name,callback)}})},get:function(){var ajax=$B.module_getattr($B.imported['browser.aio'],'ajax')
return ajax.bind(null,"GET").apply(null,arguments)},iscoroutine:function(f){return $B.get_class(f)===$B.coroutine},iscoroutinefunction:function(f){return(f.$function_infos[$B.func_attrs.flags]& 128)!=0},post:function(){var ajax=$B.module_getattr($B.imported['browser.aio'],'ajax')
return ajax.bind(null,"POST").apply(null,arguments)},run:function(){var handle_success=function(){$B.leave_frame()},handle_error=$B.show_error
var $=$B.args("run",3,{coro:null,onsuccess:null,onerror:null},arguments,{onsuccess:handle_success,onerror:handle_error})
var coro=$.coro,onsuccess=$.onsuccess,onerror=$.onerror
var save_frame_obj=$B.frame_obj
$B.$call($B.$getattr($B.coroutine,'send'),coro).then(onsuccess).catch(onerror)
$B.frame_obj=save_frame_obj
return _b_.None},sleep:function(seconds){if($B.get_class(seconds)===_b_.float){seconds=seconds.value}else if(typeof seconds !="number"){$B.RAISE(_b_.TypeError,"'sleep' argument must be "+
"int or float, not "+$B.class_name(seconds))}
var func=function(){return new Promise(resolve=> setTimeout(
function(){resolve(_b_.None)},1000*seconds))}
func.$infos={__name__:"sleep"}
func.$function_infos=[]
func.$function_infos[$B.func_attrs.name]='sleep'
return{
ob_type:$B.coroutine,$args:[seconds],$func:func}},Future,__getattr__:function(attr){
$B.import('_aio')
return $B.$getattr($B.imported._aio,attr)}}
function load(name,module_obj){
$B.init_dict(module_obj)
var dict=$B.get_dict(module_obj)
$B.imported[name]=module_obj
for(var attr in module_obj){if(module_obj[attr]===dict){continue}
if(attr.startsWith('$')){continue}
if(typeof module_obj[attr]=='function'){module_obj[attr].$infos={__module__:name,__name__:attr,__qualname__:attr}
$B.set_function_infos(module_obj[attr],{__module__:name,__name__:attr,__qualname__:attr}
)}
$B.module_setattr(module_obj,attr,module_obj[attr])
delete module_obj[attr]}
module_obj.ob_type=$B.module
$B.module_setattr(module_obj,'__name__',name)
$B.module_setattr(module_obj,'__module__','builtins')}
for(let attr in modules){load(attr,modules[attr])}
if(!($B.isWebWorker ||$B.isNode)){modules['browser'].html=modules['browser.html']
modules['browser'].aio=modules['browser.aio']}
_b_.__builtins__=$B.module.$factory('__builtins__','Python builtins')
for(let attr in _b_){$B.module_setattr(_b_.__builtins__,attr,_b_[attr])
$B.builtins_scope.binding[attr]=true}
for(let attr in $B){if(Array.isArray($B[attr])){$B[attr].ob_type=_b_.list}}
$B.cell=$B.make_builtin_class("cell")
$B.cell.$factory=function(value){return{
ob_type:$B.cell,$cell_contents:value}}
var $comps=Object.values($B.$comps).concat(["eq","ne"])
for(let comp of $comps){var op="__"+comp+"__"
$B.cell[op]=(function(op){return function(self,other){if(! $B.$isinstance(other,$B.cell)){return _b_.NotImplemented}
if(self.$cell_contents===null){if(other.$cell_contents===null){return op=="__eq__"}else{
return["__ne__","__lt__","__le__"].indexOf(op)>-1}}else if(other.$cell_contents===null){return["__ne__","__gt__","__ge__"].indexOf(op)>-1}
return $B.rich_comp(op,self.$cell_contents,other.$cell_contents)}})(op)}
$B.cell.tp_richcompare=function(self){}
$B.cell.tp_repr=function(self){return '<cell object>'}
$B.cell.tp_hash=function(self){}
$B.cell.tp_new=function(self){}
var cell_funcs=$B.cell.tp_funcs={}
cell_funcs.cell_contents_get=function(self){if(self.$cell_contents===null){$B.RAISE(_b_.ValueError,"empty cell")}
return self.$cell_contents}
cell_funcs.cell_contents_set=function(self){self.$cell_contents=value}
$B.cell.functions_or_methods=["__new__"]
$B.cell.tp_getset=["cell_contents"]
$B.set_func_names($B.cell,"builtins")
$B.stdin={ob_type:$io,__original__:true,closed:false,len:1,pos:0,read:function(){return ""},readline:function(){return ""}}
$B.__ARGV=$B.$list([])
$B.tracefunc=_b_.None
var builtins_doc="Built-in functions, types, exceptions, and other "+
"objects.\n\nThis module provides direct access to all 'built-in'"+
"\nidentifiers of Python; for example, builtins.len is\nthe full name"+
" for the built-in function len().\n\nThis module is not normally "+
"accessed explicitly by most\napplications, but can be useful in "+
"modules that provide\nobjects with the same name as a built-in value, "+
"but in\nwhich the built-in of that name is also needed."
$B.imported.builtins=$B.module.tp_new($B.module)
$B.module.tp_init($B.imported.builtins,'builtins',builtins_doc)
$B.set_dict($B.imported.builtins,_b_)
$B.module_setattr($B.imported.builtins,'__doc__',builtins_doc)
$B.module_setattr($B.imported.builtins,'__package__',_b_.None)
$B.module_setattr($B.imported.builtins,'__loader__',_b_.None)
$B.module_setattr($B.imported.builtins,'__spec__',$B.ModuleSpec.$factory(
{name:'builtins',origin:'built-in',has_location:false,loader:_b_.None,submodule_search_locations:_b_.None}
)
)
var copyright=`Copyright (c) 2001 Python Software Foundation.
All Rights Reserved.
Copyright (c) 2000 BeOpen.com.
All Rights Reserved.
Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.
Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.
`
$B.module_setattr($B.imported.builtins,'copyright','')
$B.module_setattr($B.imported.builtins,'license','BSD 3')
$B.module_setattr($B.imported.builtins,'help','type help()')
$B.module_setattr($B.imported.builtins,'credits',`    Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software
    Foundation, and a cast of thousands for supporting Python
    development.  See www.python.org for more information.`
)})(__BRYTHON__);
;

(function($B){"use strict";
var _b_=$B.builtins
var _window
if($B.isNode){_window={location:{href:'',origin:'',pathname:''}}}else{
_window=self}
$B.parser={}
$B.clone=function(obj){var res={}
for(var attr in obj){res[attr]=obj[attr]}
return res}
$B.last=function(table){if(table===undefined){console.log($B.make_frames_stack())}
return table[table.length-1]}
var ast=$B.ast
function get_line(filename,lineno){var src=$B.file_cache[filename],line=_b_.None
if(src !==undefined){var lines=src.split('\n')
line=lines[lineno-1]}
return line}
var VALID_FUTURES=["nested_scopes","generators","division","absolute_import","with_statement","print_function","unicode_literals","barry_as_FLUFL","generator_stop","annotations"]
$B.future_features=function(mod,filename){var features=0
var i=0
if(mod.body[0]instanceof $B.ast.Expr){if(mod.body[0].value instanceof $B.ast.Constant &&
typeof mod.body[0].value.value=="string"){
i++}}
while(i < mod.body.length){var child=mod.body[i]
if(child instanceof $B.ast.ImportFrom && child.module=='__future__'){
for(var alias of child.names){var name=alias.name
if(name=="braces"){raise_error_known_location(_b_.SyntaxError,filename,alias.lineno,alias.col_offset,alias.end_lineno,alias.end_col_offset,get_line(filename,child.lineno),"not a chance")}else if(name=="annotations"){features |=$B.CO_FUTURE_ANNOTATIONS}else if(VALID_FUTURES.indexOf(name)==-1){raise_error_known_location(_b_.SyntaxError,filename,alias.lineno,alias.col_offset,alias.end_lineno,alias.end_col_offset,get_line(filename,child.lineno),`future feature ${name} is not defined`)}}
i++}else{
break}}
return{features}}
$B.format_indent=function(js,indent){
var indentation='  ',lines=js.split('\n'),level=indent,res='',last_is_closing_brace=false,last_is_backslash=false,last_is_var_and_comma=false
for(var i=0,len=lines.length;i < len;i++){var line=lines[i],add_closing_brace=false,add_spaces=true
if(last_is_backslash){add_spaces=false}else if(last_is_var_and_comma){line='    '+line.trim()}else{
line=line.trim()}
if(add_spaces && last_is_closing_brace &&
(line.startsWith('else')||
line.startsWith('catch')||
line.startsWith('finally'))){res=res.substr(0,res.length-1)
add_spaces=false}
last_is_closing_brace=line.endsWith('}')
if(line.startsWith('}')){level--}else if(line.endsWith('}')){line=line.substr(0,line.length-1)
add_closing_brace=true}
if(level < 0){if($B.get_option('debug')> 2){console.log('wrong js indent')}
level=0}
try{
res+=(add_spaces ? indentation.repeat(level):'')+line+'\n'}catch(err){console.log(res)
throw err}
if(line.endsWith('{')){level++}else if(add_closing_brace){level--
if(level < 0){level=0}
try{
res+=indentation.repeat(level)+'}\n'}catch(err){console.log(res)
throw err}}
last_is_backslash=line.endsWith('\\')
last_is_var_and_comma=line.endsWith(',')&&
(line.startsWith('var ')||last_is_var_and_comma)}
return res}
function get_docstring(node){var doc_string=_b_.None
if(node.body.length > 0){var firstchild=node.body[0]
if(firstchild instanceof $B.ast.Constant &&
typeof firstchild.value=='string'){doc_string=firstchild.value}}
return doc_string}
var s_escaped='abfnrtvxuU"0123456789'+"'"+'\\',is_escaped={}
for(var i=0;i < s_escaped.length;i++){is_escaped[s_escaped.charAt(i)]=true}
function SurrogatePair(value){
value=value-0x10000
return String.fromCharCode(0xD800 |(value >> 10))+
String.fromCharCode(0xDC00 |(value & 0x3FF))}
function test_escape(text,antislash_pos){
var seq_end,mo
mo=/^[0-7]{1,3}/.exec(text.substr(antislash_pos+1))
if(mo){return[String.fromCharCode(parseInt(mo[0],8)),1+mo[0].length]}
switch(text[antislash_pos+1]){case "x":
mo=/^[0-9A-F]{0,2}/i.exec(text.substr(antislash_pos+2))
if(mo[0].length !=2){seq_end=antislash_pos+mo[0].length+1
$token.value.start[1]=seq_end
throw Error(
"(unicode error) 'unicodeescape' codec can't decode "+
`bytes in position ${antislash_pos}-${seq_end}: truncated `+
"\\xXX escape")}else{
return[String.fromCharCode(parseInt(mo[0],16)),2+mo[0].length]}
break
case "u":
mo=/^[0-9A-F]{0,4}/i.exec(text.substr(antislash_pos+2))
if(mo[0].length !=4){seq_end=antislash_pos+mo[0].length+1
$token.value.start[1]=seq_end
throw Error(
"(unicode error) 'unicodeescape' codec can't decode "+
`bytes in position ${antislash_pos}-${seq_end}: truncated `+
"\\uXXXX escape")}else{
return[String.fromCharCode(parseInt(mo[0],16)),2+mo[0].length]}
break
case "U":
mo=/^[0-9A-F]{0,8}/i.exec(text.substr(antislash_pos+2))
if(mo[0].length !=8){seq_end=antislash_pos+mo[0].length+1
$token.value.start[1]=seq_end
throw Error(
"(unicode error) 'unicodeescape' codec can't decode "+
`bytes in position ${antislash_pos}-${seq_end}: truncated `+
"\\uXXXX escape")}else{
let value=parseInt(mo[0],16)
if(value > 0x10FFFF){throw Error('invalid unicode escape '+mo[0])}else if(value >=0x10000){return[SurrogatePair(value),2+mo[0].length]}else{
return[String.fromCharCode(value),2+mo[0].length]}}}}
$B.test_escape=test_escape 
function unindent(src){
var lines=src.split('\n'),line,global_indent,indent,first,unindented_lines=[]
var min_indent
for(var line of lines){if(/^\s*$/.exec(line)){continue}
indent=line.match(/^\s*/)[0].length
if(indent==0){return src}
if(min_indent===undefined){min_indent=indent}
if(indent < min_indent){min_indent=indent}}
for(var line of lines){if(/^\s*$/.exec(line)){unindented_lines.push(line)}else{
unindented_lines.push(line.substr(min_indent))}}
return unindented_lines.join('\n')}
$B.unindent=unindent 
var $token={}
$B.parse_time=0
$B.py2js=function(src,module,locals_id,parent_scope){
if(typeof module=="object"){module=module.__name__}
parent_scope=parent_scope ||$B.builtins_scope
var filename,imported
if(typeof src=='object'){filename=src.filename
imported=src.imported
src=src.src}
src=src.replace(/\r\n/g,'\n').
replace(/\r/g,'\n')
var locals_is_module=Array.isArray(locals_id)
if(locals_is_module){locals_id=locals_id[0]}
var parser=new $B.Parser(src,filename,'file'),_ast=$B._PyPegen.run_parser(parser)
var future=$B.future_features(_ast,filename)
var symtable=$B._PySymtable_Build(_ast,filename,future)
var js_obj=$B.js_from_root({ast:_ast,symtable,filename,src,imported})
var js_from_ast=js_obj.js
return{
_ast,imports:js_obj.imports,to_js:function(){return js_from_ast}}}
$B.parse_options=function(options){
if(options===undefined){options={}}else if(typeof options=='number'){
options={debug:options}}else if(typeof options !=='object'){console.warn('ignoring invalid argument passed to brython():',options)
options={}}
let options_lowered={}
for(const[key,value]of Object.entries(options)){options_lowered[key.toLowerCase()]=value}
options=options_lowered
$B.debug=options.debug===undefined ? 1 :options.debug
_b_.__debug__=$B.debug > 0
options.python_extension=options.python_extension ||'.py'
if($B.$options.args){$B.__ARGV=$B.$options.args}else{
$B.__ARGV=_b_.list.$factory([])}
$B.options_parsed=true
return options}
if(!($B.isWebWorker ||$B.isNode)){var startup_observer=new MutationObserver(function(mutations){for(var mutation of mutations){for(var addedNode of mutation.addedNodes){addPythonScript(addedNode)}}})
startup_observer.observe(document.documentElement,{childList:true,subtree:true})}
var brython_options=$B.brython_options={}
var python_scripts=[]
if(!$B.isWebWorker){
python_scripts=python_scripts.concat(Array.from(
document.querySelectorAll('script[type="text/python"]'))).concat(
Array.from(
document.querySelectorAll('script[type="text/python3"]')))
var onload
addEventListener('DOMContentLoaded',function(ev){if(ev.target.body){onload=ev.target.body.onload}
if(! onload){
ev.target.body.onload=function(){return brython()}}else{
ev.target.body.onload=function(){onload()
if(! status.brython_called){brython()}}}}
)
class BrythonOptions extends HTMLElement{
constructor(){super()}
connectedCallback(){for(var attr of this.getAttributeNames()){brython_options[attr]=convert_option(attr,this.getAttribute(attr))}}}
customElements.define('brython-options',BrythonOptions)}
var defined_ids={},script_to_id=new Map(),id_to_script={}
function addPythonScript(addedNode){
if(addedNode.tagName=='SCRIPT' &&
(addedNode.type=="text/python" ||
addedNode.type=="text/python3")){python_scripts.push(addedNode)}}
var status={brython_called:false,first_unnamed_script:true}
$B.dispatch_load_event=function(script){
script.dispatchEvent(new Event('load'))}
function injectPythonScript(addedNode){
if(addedNode.tagName=='SCRIPT' && addedNode.type=="text/python"){set_script_id(addedNode)
run_scripts([addedNode])}}
function set_script_id(script){if(script_to_id.has(script)){}else if(script.id){if(defined_ids[script.id]){throw Error("Brython error : Found 2 scripts with the "+
"same id '"+script.id+"'")}else{
defined_ids[script.id]=true}
script_to_id.set(script,script.id)}else{
if(script.className==='webworker'){$B.RAISE_ATTRIBUTE_ERROR(
"webworker script has no attribute 'id'",script,'id')}
if(status.first_unnamed_script){script_to_id.set(script,'__main__')
status.first_unnamed_script=false}else{
script_to_id.set(script,'__main__'+$B.UUID())}}
var id=script_to_id.get(script)
id_to_script[id]=script
return id}
$B.get_html=function(){console.log('debug',$B.get_option('debug'))
var this_url=window.location.href
var xhr=new XMLHttpRequest()
var res
xhr.open('GET',this_url,false)
xhr.onreadystatechange=function(){res=this.responseText}
xhr.send()
return res}
var brython=$B.parser.brython=function(options){$B.$options=$B.parse_options(options)
if(!($B.isWebWorker ||$B.isNode)){if(! status.brython_called){
status.brython_called=true
startup_observer.disconnect()
var inject_observer=new MutationObserver(function(mutations){for(var mutation of mutations){for(var addedNode of mutation.addedNodes){injectPythonScript(addedNode)}}})
inject_observer.observe(document.documentElement,{childList:true,subtree:true})}}else if($B.isNode){return}
for(var python_script of python_scripts){set_script_id(python_script)}
var scripts=[]
var kk=Object.keys(_window)
var ids=$B.get_page_option('ids')
if(ids !==undefined){if(! Array.isArray(ids)){$B.RAISE(_b_.ValueError,"ids is not a list")}
if(ids.length==0){}
for(var id of ids){var script=document.querySelector(`script[id="${id}"]`)
if(script){set_script_id(script)
scripts.push(script)}else{
console.log(`no script with id '${id}'`)
$B.RAISE(_b_.KeyError,`no script with id '${id}'`)}}}else if($B.isWebWorker){}else{
scripts=python_scripts.slice()}
run_scripts(scripts)}
function convert_option(option,value){
if(option=='debug'){if(typeof value=='string' && value.match(/^\d+$/)){return parseInt(value)}else if(typeof value=='number'){return value}else{
if(value !==null && value !==undefined){console.debug(`Invalid value for debug: ${value}`)}}}else if(option=='cache' ||
option=='indexeddb' ||
option=='static_stdlib_import'){if(value=='1' ||value.toLowerCase()=='true'){return true}else if(value=='0' ||value.toLowerCase()=='false'){return false}else{
console.debug(`Invalid value for ${option}: ${value}`)}}else if(option=='ids' ||option=='pythonpath' ||option=='args'){
if(typeof value=='string'){if(value.trim().length==0){return[]}
return value.trim().split(/\s+/)}}else if(option=='js_tab'){if(/\d+/.test(value)){var res=parseInt(value)
if(res < 1 ||res > 4){console.log('Warning: option "js_tab" must be between '+
`1 and 4, got ${res}`)
res=2}
return res}
console.warn('illegal value for js_tab',value)}
return value}
const default_option={args:[],cache:false,debug:1,indexeddb:true,python_extension:'.py',static_stdlib_import:true,js_tab:2}
$B.get_filename=function(){if($B.count_frames()> 0){return $B.get_frame_at(0).__file__}}
$B.get_filename_for_import=function(){var filename=$B.get_filename()
if($B.import_info[filename]===undefined){$B.make_import_paths(filename)}
return filename}
$B.get_page_option=function(option){
option=option.toLowerCase()
if($B.$options.hasOwnProperty(option)){
return $B.$options[option]}else if(brython_options.hasOwnProperty(option)){
return brython_options[option]}else{
return default_option[option]}}
$B.get_option=function(option,err){var filename=$B.script_filename
if(err && err.filename){filename=err.filename}else if(err && err.$frame_obj){filename=$B.get_frame_at(0,err.$frame_obj).__file__}else{
filename=$B.get_filename()?? filename}
return $B.get_option_from_filename(option,filename)}
$B.get_option_from_filename=function(option,filename){if(filename===undefined ||! $B.scripts[filename]){return $B.get_page_option(option)}
var value=$B.scripts[filename].getAttribute(option)
if(value !==null){return convert_option(option,value)}else{
return $B.get_page_option(option)}}
function run_scripts(_scripts){
var webworkers=_scripts.filter(script=> script.className==='webworker'),scripts=_scripts.filter(script=> script.className !=='webworker')
var module_name,filename
if(scripts.length > 0 ||$B.isWebWorker){if($B.get_page_option('indexedDB')&& $B.has_indexedDB &&
$B.hasOwnProperty("VFS")){$B.tasks.push([$B.idb_open])}}
var src
for(var worker of webworkers){if(worker.src){
$B.tasks.push([$B.ajax_load_script,{script:worker,name:worker.id,url:worker.src,is_ww:true}])}else{
$B.webworkers[worker.id]=worker
filename=$B.script_filename=$B.strip_host(
$B.script_path+"#"+worker.id)
var source=(worker.innerText ||worker.textContent)
source=unindent(source)
source=source.replace(/^\n/,'')
$B.url2name[filename]=worker.id
$B.file_cache[filename]=source
$B.scripts[filename]=worker
$B.dispatch_load_event(worker)}}
for(var script of scripts){module_name=script_to_id.get(script)
if(script.src){
$B.tasks.push([$B.ajax_load_script,{script,name:module_name,url:script.src,id:script.id}])}else{
filename=$B.script_filename=$B.strip_host(
$B.script_path+"#"+module_name)
src=(script.innerHTML ||script.textContent)
src=unindent(src)
src=src.replace(/^\n/,'')
if(src.endsWith('\n')){src=src.substr(0,src.length-1)}
$B.tasks.push([$B.run_script,script,src,module_name,$B.script_path,true])}}
$B.loop()}
$B.run_script=function(script,src,name,url,run_loop){
var filename=$B.script_filename=$B.strip_host(url+'#'+name)
var script_elts=url.split('/')
script_elts.pop()
$B.script_dir=script_elts.join('/')
$B.file_cache[filename]=src
$B.url2name[filename]=name
$B.scripts[filename]=script
$B.make_import_paths(filename)
_b_.__debug__=$B.get_option('debug')> 0
var root,js
try{
root=$B.py2js({src:src,filename},name,name)
js=root.to_js()
if($B.get_option_from_filename('debug',filename)> 1){console.log(js)}}catch(err){return $B.handle_error($B.exception(err))}
var _script={__doc__:get_docstring(root._ast),js:js,__name__:name,__file__:url,script_element:script,filename}
$B.tasks.push(["execute",_script])
if(run_loop){$B.loop()}}
$B.brython=brython})(__BRYTHON__);
globalThis.brython=__BRYTHON__.brython
if(__BRYTHON__.isNode){global.__BRYTHON__=__BRYTHON__
module.exports={__BRYTHON__ }}
;
(function($B){var _b_=$B.builtins
function wrap(dunder,nb_args){return function(cls,attr){if(nb_args !==undefined){var func=function(){var $=$B.args(dunder,nb_args,{obj:null},arguments,null,'args','kw')
var obj=$.obj,args=$.args,kw=$.kw
if(_b_.len(kw)> 0){$B.RAISE(_b_.TypeError,`wrapper '${dunder}' takes no keyword argument`
)}
if(args.length > nb_args-1){var plural=nb_args==1 ? '' :'s'
$B.RAISE(_b_.TypeError,`expected ${nb_args - 1} argument${plural}, got ${args.length}`
)}
return cls[attr](obj)}}else{
var func=cls[attr]}
if(func===undefined){console.log('no attr',attr,'for cls',cls)}
if(func !==_b_.None){func.ml={ml_name:dunder}}
$B.set_to_dict(cls,dunder,$B.wrapper_descriptor.$factory(
cls,dunder,func
))}}
function wrap_with_reflected(dunder,rdunder){return function(cls,attr){var func=cls[attr]
$B.set_to_dict(cls,dunder,$B.wrapper_descriptor.$factory(
cls,dunder,func
))
$B.set_to_dict(cls,rdunder,$B.wrapper_descriptor.$factory(
cls,rdunder,(self,other)=> func(other,self)
))}}
function wrap_with_same_reflected(dunder,rdunder){return function(cls,attr){var func=cls[attr]
$B.set_to_dict(cls,dunder,$B.wrapper_descriptor.$factory(
cls,dunder,func
))
$B.set_to_dict(cls,rdunder,$B.wrapper_descriptor.$factory(
cls,rdunder,func
))}}
$B.wrapper_methods=Object.create(null)
Object.assign($B.wrapper_methods,{am_aiter:wrap('__aiter__'),am_anext:wrap('__anext__'),bf_getbuffer:wrap('__buffer__'),bf_releasebuffer:wrap('__release_buffer__'),mp_length:wrap('__len__'),mp_subscript:wrap('__getitem__'),mp_ass_subscript:make_setitem_delitem,nb_absolute:wrap('__abs__'),nb_add:wrap_with_reflected('__add__','__radd__'),nb_and:wrap_with_reflected('__and__','__rand__'),nb_bool:wrap('__bool__'),nb_divmod:wrap_with_reflected('__divmod__','__rdivmod__'),nb_floor_divide:wrap_with_reflected('__floordiv__','__rfloordiv__'),nb_float:wrap('__float__'),nb_index:wrap('__index__'),nb_lshift:wrap_with_reflected('__lshift__','__rlshift__'),nb_inplace_add :wrap('__iadd__'),nb_inplace_and :wrap('__iand__'),nb_inplace_floor_divide :wrap('__ifloordiv__'),nb_inplace_lshift :wrap('__ilshift__'),nb_inplace_matrix_multiply :wrap('__imatmul__'),nb_inplace_multiply :wrap('__imul__'),nb_inplace_or :wrap('__ior__'),nb_inplace_remainder :wrap('__imod__'),nb_inplace_power :wrap('__ipow__'),nb_inplace_subtract :wrap('__isub__'),nb_inplace_true_divide :wrap('__itruediv__'),nb_inplace_rshift :wrap('__irshift__'),nb_inplace_xor :wrap('__ixor__'),nb_int :wrap('__int__'),nb_invert:wrap('__invert__'),nb_matrix_multiply:wrap_with_reflected('__matmul__','__rmatmul__'),nb_multiply:wrap_with_reflected('__mul__','__rmul__'),nb_negative:wrap('__neg__'),nb_or:wrap_with_reflected('__or__','__ror__'),nb_positive:wrap('__pos__'),nb_power:wrap_with_reflected('__pow__','__rpow__'),nb_remainder:wrap_with_reflected('__mod__','__rmod__'),nb_subtract:wrap_with_reflected('__sub__','__rsub__'),nb_rshift:wrap_with_reflected('__rshift__','__rrshift__'),nb_true_divide:wrap_with_reflected('__truediv__','__rtruediv__'),nb_xor:wrap_with_reflected('__xor__','__rxor__'),sq_ass_item:make_setitem_delitem,sq_concat:wrap('__add__'),sq_contains:wrap('__contains__'),sq_length:wrap('__len__'),sq_repeat:wrap_with_same_reflected('__mul__','__rmul__'),tp_call:wrap('__call__'),tp_descr_get:wrap('__get__'),tp_descr_set:make_set_del,tp_doc:make_doc,tp_getattro:make_getattribute,tp_finalize:wrap('__del__'),tp_hash:wrap('__hash__'),tp_init:wrap('__init__'),tp_iter:wrap('__iter__'),tp_iternext:make_next,tp_new:make_new,tp_repr:wrap('__repr__',1),tp_str :wrap('__str__',1),tp_setattro:make_setattr_delattr,tp_richcompare:make_richcompare}
)
function make_doc(cls){var in_dict=$B.get_from_dict(cls,'__doc__',$B.NULL)
if(in_dict===$B.NULL){$B.set_to_dict(cls,'__doc__',cls.tp_doc)}}
function make_getattribute(cls){var getattribute=cls.tp_getattro
var ga_func=function(self,attr){var res=getattribute(self,attr)
if(res===$B.NULL){throw $B.attr_error(attr,self)}
return res}
$B.set_to_dict(cls,'__getattribute__',$B.wrapper_descriptor.$factory(
cls,'__getattribute__',ga_func
)
)}
function make_new(cls){function new_func(){var $=$B.args('__new__',1,{cls:null},arguments,null,'args','kw')
return cls.tp_new($.cls,$.args,$.kw)}
new_func.ob_type=$B.builtin_function_or_method
new_func.m_self=cls
new_func.ml={ml_name:'__new__'}
$B.set_function_infos(new_func,{__name__:'__new__',__qualname__:'__new__'}
)
cls.tp_new.$is_slot=true
$B.set_to_dict(cls,'__new__',new_func)}
function make_next(cls){var next_func=function(obj){var itn=cls.tp_iternext(obj)
var res=itn.next()
if(res.done){$B.RAISE(_b_.StopIteration,res.value)}
return res.value}
next_func.ob_type=$B.function
var descr=$B.wrapper_descriptor.$factory(
cls,'__next__',next_func
)
$B.set_to_dict(cls,'__next__',next_func)}
function make_set_del(cls){var set_func=cls.tp_descr_set
$B.set_to_dict(cls,'__set__',$B.wrapper_descriptor.$factory(
cls,'__set__',set_func
))
$B.set_to_dict(cls,'__delete__',$B.wrapper_descriptor.$factory(
cls,'__set__',(self,attr)=> set_func(self,attr,$B.NULL)
))}
function make_setitem_delitem(cls){var setitem=cls.sq_ass_item ?? cls.mp_ass_subscript
var setitem_func=function(){var $=$B.args("__setitem__",3,{self:null,key:null,value:null},arguments)
return setitem($.self,$.key,$.value)}
$B.set_to_dict(cls,'__setitem__',$B.wrapper_descriptor.$factory(
cls,'__setitem__',setitem_func
)
)
var delitem_func=function(){var $=$B.args("__detitem__",2,{self:null,key:null},arguments)
return setitem($.self,$.key,$B.NULL)}
$B.set_to_dict(cls,'__delitem__',$B.wrapper_descriptor.$factory(
cls,'__delitem__',delitem_func
)
)}
function make_setattr_delattr(cls){var setattro=cls.tp_setattro
$B.set_to_dict(cls,'__setattr__',$B.wrapper_descriptor.$factory(
cls,'__setattr__',setattro
)
)
$B.set_to_dict(cls,'__delattr__',$B.wrapper_descriptor.$factory(
cls,'__delattr__',function(obj,attr){setattro(obj,attr,$B.NULL)}
)
)}
function make_richcompare(cls){var comp=cls.tp_richcompare
for(var op of['__eq__','__ne__','__lt__','__le__','__ge__','__gt__']){var func=(function(_op){return function(self,other){return comp(self,other,_op)}})(op)
$B.set_to_dict(cls,op,$B.wrapper_descriptor.$factory(
cls,op,func
)
)}}
$B.finalize_type=function(cls){cls.tp_mro=$B.make_mro(cls)
$B.set_dict(cls,$B.get_dict(cls)?? $B.empty_dict())
cls.tp_subclasses=[]
for(var base of cls.tp_bases){base.tp_subclasses.push(cls)}
var parts=cls.tp_name.split('.')
var module=parts.length==1 ? 'builtins' :
parts.slice(0,parts.length-1).join('.')
if($B.get_from_dict(cls,'__module__',$B.NULL)===$B.NULL){$B.set_to_dict(cls,'__module__',module)}
if(cls.tp_getset){for(var descr of cls.tp_getset){var getset=[cls.tp_funcs[descr+'_get'],
cls.tp_funcs[descr+'_set']
]
$B.set_to_dict(cls,descr,$B.getset_descriptor.$factory(cls,descr,getset))}}
if(cls.tp_methods){for(var descr of cls.tp_methods){var method=cls.tp_funcs[descr]
if(method===undefined){console.log('no method',cls,cls.tp_funcs,descr)
alert()}
method.ob_type=$B.builtin_method
$B.set_to_dict(cls,descr,{ob_type:$B.method_descriptor,method,d_name:descr,d_type:cls})
method.self=$B.get_from_dict(cls,descr)}}
if(cls.tp_members){for(var descr of cls.tp_members){var[name,type,attr,flags]=descr
$B.set_to_dict(cls,name,{ob_type:$B.member_descriptor,d_member:{name,type,attr,flags},d_name:name,d_type:cls}
)}}
if(cls.classmethods){for(var descr of cls.classmethods){$B.set_to_dict(cls,descr,{ob_type:$B.classmethod_descriptor,d_name:descr,d_type:cls,d_method:cls.tp_funcs[descr]})}}
if(cls.staticmethods){for(var descr of cls.staticmethods){let func=cls.tp_funcs[descr]
$B.set_type(func,$B.builtin_function_or_method)
func.ml={ml_name:descr}
func.m_self=cls
$B.set_to_dict(cls,descr,_b_.staticmethod.$factory(func))}}
for(var slot in $B.wrapper_methods){if(cls[slot]){$B.wrapper_methods[slot](cls,slot)}else if(['tp_descr_get','tp_descr_set','tp_iter','tp_call','tp_new','tp_init','tp_setattro'].includes(slot)){cls[slot]=$B.NULL
if(cls.tp_mro){for(var kls of cls.tp_mro.slice(1)){if(Object.hasOwn(kls,slot)){cls[slot]=kls[slot]
break}}}}}
$B.make_getattr(cls)}
for(var ns of[$B.builtin_types,$B.created_types]){for(var name in ns){var cls=ns[name]
$B.finalize_type(cls)}}
for(var builtin_func of $B.builtin_funcs){if(_b_[builtin_func]){_b_[builtin_func].ob_type=$B.builtin_function_or_method
_b_[builtin_func].m_module='builtins'
_b_[builtin_func].$function_infos=['builtins',builtin_func,builtin_func]}else{
console.log('missing builtin function',builtin_func)}}})(__BRYTHON__)
;
"use strict";
(function($B){var _b_=$B.builtins
$B.decode_position=function(pos){if(pos.length==3){return[pos[0],pos[0],pos[1],pos[1]+pos[2]]}else{
return pos}}
function Scope(name,type,ast){this.name=name
this.locals=new Set()
this.globals=new Set()
this.nonlocals=new Set()
this.freevars=new Set()
this.type=type
this.ast=ast}
$B.scope_name=function(name){return name.replace(/[^\w$]/g,'_')}
function resolve_in_namespace(name,ns){if(ns.$proxy){
return ns[name]===undefined ?{found:false}:
{found:true,value:ns[name]}}
if($B.exact_type(ns,$B.module)){var res=$B.module.tp_getattro(ns,name)
if(res !==$B.NULL){return{found:true,value:res}}else{
return{found:false}}}
if(! ns.hasOwnProperty){if(ns[name]!==undefined){return{found:true,value:ns[name]}}}else if(ns.hasOwnProperty(name)){return{found:true,value:ns[name]}}else if(ns.$dict){try{
return{found:true,value:ns.$getitem(ns.$dict,name)}}catch(err){if(ns.$missing){try{
return{
found:true,value:$B.$call(ns.$missing,ns.$dict,name)}}catch(err){if(! $B.is_exc(err,[_b_.KeyError])){throw err}}}}}
return{found:false}}
$B.resolve=function(name){var checked=new Set(),current_globals,frame_obj=$B.frame_obj,frame
while(frame_obj !==null){frame=frame_obj.frame
if(current_globals===undefined){current_globals=frame[3]}else if(frame[3]!==current_globals){let v=resolve_in_namespace(name,current_globals)
if(v.found){return v.value}
checked.add(current_globals)
current_globals=frame[3]}
let v=resolve_in_namespace(name,frame[1])
if(v.found){return v.value}
frame_obj=frame_obj.prev}
if(! checked.has(frame[3])){var v=resolve_in_namespace(name,frame[3])
if(v.found){return v.value}}
if(builtins_scope.locals.has(name)){return _b_[name]}
throw $B.name_error(name)}
$B.resolve_local=function(name,inum){
if($B.frame_obj !==null){var frame=$B.frame_obj.frame
if(frame[1].hasOwnProperty){if(frame[1].hasOwnProperty(name)){return frame[1][name]}}else{
var value=frame[1][name]
if(value !==undefined){return value}}}
var exc=$B.EXC(_b_.UnboundLocalError,`cannot access local variable `+
`'${name}' where it is not associated with a value`)
exc.name=name
$B.set_inum(inum)
throw exc}
$B.resolve_in_scopes=function(name,namespaces,inum){var test=false 
if(test){console.log('resolve in scopes',name,'namespaces',namespaces)}
for(var ns of namespaces){if(ns===$B.exec_scope){var exec_top,frame_obj=$B.frame_obj,frame
while(frame_obj !==null){frame=frame_obj.frame
if(frame.is_exec_top){exec_top=frame
break}
frame_obj=frame_obj.prev}
if(exec_top){for(var ns1 of[exec_top[1],exec_top[3]]){let v=resolve_in_namespace(name,ns1)
if(v.found){if(test){console.log(v.value)}
return v.value}}}}else{
let v=resolve_in_namespace(name,ns)
if(v.found){if(test){console.log('in namespace',ns,v.value)}
return v.value}}}
var exc=$B.name_error(name)
$B.set_inum(inum)
throw exc}
$B.resolve_global=function(name,frame_obj,inum){
while(frame_obj !==null){var frame=frame_obj.frame,v=resolve_in_namespace(name,frame[3])
if(v.found){return v.value}
if(frame.is_exec_top){break}
frame_obj=frame_obj.prev}
if(builtins_scope.locals.has(name)){return _b_[name]}
$B.set_inum(inum)
throw $B.name_error(name)}
$B.own_class_name=function(name,inum){$B.set_inum(inum)
throw $B.name_error(name)}
var exclude_from_builtins=["__doc__","__loader__","__name__","__package__","__spec__"
]
var builtins_scope=new Scope("__builtins__")
for(var name in $B.builtins){if(! exclude_from_builtins.includes(name)){builtins_scope.locals.add(name)}}
})(__BRYTHON__)
;
// >>> brython compiler chain
// chatkit: in place of Brython's compiler (`python -m chatkit.build.precompile` cut it out).
"use strict";
(function ($B) {
    var _b_ = $B.builtins;

    function unavailable(what, errorType) {
        $B.RAISE(errorType || _b_.NotImplementedError,
                 "compiled ahead of time: " + what + " is not available in the page");
    }

    ["exec", "eval", "compile"].forEach(function (name) {
        var builtin = _b_[name];
        var replacement = function () { unavailable(name + "()"); };
        Object.assign(replacement, builtin);
        _b_[name] = replacement;
    });

    $B.py2js = function (src, module, localsId) {
        var name = Array.isArray(localsId) ? localsId[0] : localsId;
        if (src && src.imported) {
            unavailable("importing " + name + " (shipped as Python source)", _b_.ImportError);
        }
        unavailable("running Python source (" + name + ")");
    };
    $B.Parser = function () { unavailable("Python's parser"); };
})(__BRYTHON__);
;
// <<< brython compiler chain
;
"use strict";
(function($B){$B.whenReady=new Promise(function(resolve,reject){resolve()})})(__BRYTHON__);
;
