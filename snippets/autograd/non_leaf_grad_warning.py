import warnings

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
y.sum().backward()

# 读取中间节点的 .grad 会触发警告；这里把警告记录下来再打印
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(y.grad)
    #> None
print(caught[0].category.__name__)
#> UserWarning
# 警告很长，只打印第一句
print(str(caught[0].message).split(". ")[0])
#> The .grad attribute of a Tensor that is not a leaf Tensor is being accessed
