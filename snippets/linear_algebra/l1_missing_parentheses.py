import torch

x = torch.tensor([3.0, -4.0])

# 少了括号：拿到的是 sum 这个方法本身，并没有调用它
l1 = torch.abs(x).sum
print(type(l1))
#> <class 'builtin_function_or_method'>
# 它的 repr 末尾带着对象的内存地址，每次运行都可能不同，所以只打印地址之前的部分
print(" at 0x" in repr(l1))
#> True
print(repr(l1).split(" at 0x")[0])
#> <built-in method sum of Tensor object

# 补上括号才会真正求和
print(l1())
#> tensor(7.)

# 把方法当数字用，会报错
print(l1 > 5)
#> TypeError: '>' not supported between instances of 'builtin_function_or_method' and 'int'
