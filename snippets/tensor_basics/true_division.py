import torch

a = torch.tensor([7, -7, 6])

# / 是真除法：两个整数相除，结果也是浮点数
print(a / 2)
#> tensor([ 3.5000, -3.5000,  3.0000])

# 即使能整除，结果也是浮点数：6 / 2 是 3.，不是 3
print((a / 2).dtype)
#> torch.float32
print(torch.result_type(a, 2))
#> torch.int64
