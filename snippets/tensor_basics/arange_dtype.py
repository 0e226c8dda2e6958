import torch

# 参数全是整数时，得到的是 64 位整数张量
print(torch.arange(12).dtype)
#> torch.int64

# 只要有一个参数是浮点数，结果就是浮点张量
print(torch.arange(12.0).dtype)
#> torch.float32

# 也可以用 dtype= 直接指定类型
print(torch.arange(12, dtype=torch.float32))
#> tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11.])
