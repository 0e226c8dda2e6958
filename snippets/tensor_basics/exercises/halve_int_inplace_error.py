import torch

# 原地运算的结果要能按 can_cast 的规则转成 x 的 dtype：浮点转整数不行，整数转浮点可以
print(torch.can_cast(torch.float32, torch.int64))
#> False
print(torch.can_cast(torch.int64, torch.float32))
#> True

# (e) 的切片赋值和 copy_ 一样，不查这条规则：照样截断写入
y = torch.tensor([5, -5])
y.copy_(y / 2)
print(y)
#> tensor([ 2, -2])

# (d) 原地除法要把 float32 的结果存回 int64 的 x：PyTorch 拒绝
x = torch.tensor([5, -5])
x /= 2
#> RuntimeError: result type Float can't be cast to the desired output type Long
